package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.session.SessionIds;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every answer gets right: security headers even on Jetty's own errors, 405 for a wrong method, a charset. */
class HttpBasicsTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();
    private static String session;

    @BeforeAll
    static void aSession() {
        session = APP.http().postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json().get("id").asText();
    }

    private static String raw(String request) throws Exception {
        try (RawHttp raw = new RawHttp(APP.port())) {
            return raw.send(request).readAll();
        }
    }

    @Test
    void jettys_own_400_414_and_431_answers_carry_the_security_headers() throws Exception {
        String badRequest = raw("GET /a b c HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String longUri = raw("GET /" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String bigHeaders = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "y".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(badRequest).startsWith("HTTP/1.1 400");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        for (String answer : new String[] {badRequest, longUri, bigHeaders}) {
            assertThat(answer).contains("Content-Security-Policy: default-src 'self'").contains("X-Content-Type-Options: nosniff")
                    .contains("X-Frame-Options: DENY").doesNotContain("Server: Jetty");
        }
    }

    @Test
    void a_wrong_method_on_a_known_path_is_a_405() {
        assertThat(APP.http().get("/sessions").status()).isEqualTo(405);
        assertThat(APP.http().get("/api/sessions/" + session + "/answers").status()).isEqualTo(405);
        Http.Reply api = APP.http().get("/api/diagnose");
        assertThat(api.status()).isEqualTo(405);
        assertThat(api.json().get("error").asText()).isEqualTo("method not allowed on this path");
        assertThat(APP.http().get("/no/such/path").status()).isEqualTo(404);
    }

    @Test
    void html_says_its_charset() {
        assertThat(APP.http().get("/").header("Content-Type").toLowerCase()).matches("text/html; ?charset=utf-8");
        assertThat(APP.http().get("/s/" + session).header("Content-Type").toLowerCase()).matches("text/html; ?charset=utf-8");
        assertThat(APP.http().get("/no/such/page").header("Content-Type").toLowerCase()).matches("text/html; ?charset=utf-8");
        assertThat(APP.http().get("/staff/login").header("Content-Type").toLowerCase()).matches("text/html; ?charset=utf-8");
    }

    @Test
    void a_negative_number_is_a_422_except_where_the_knowledge_allows_one() {
        Http.Reply negative = APP.http().postJson("/api/sessions/" + session + "/facts", Map.of("facts", Map.of("net.latency.ms", -5)));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("error").asText()).contains("a number of 0 or more (ms)");
        Http.Reply behind = APP.http().postJson("/api/sessions/" + session + "/facts",
                Map.of("facts", Map.of("clock.skew.seconds", -1200)));
        assertThat(behind.status()).isEqualTo(200);
    }

    @Test
    void session_ids_start_with_a_letter_or_a_digit() {
        for (int i = 0; i < 20_000; i++) {
            String id = SessionIds.next();
            assertThat(SessionIds.wellFormed(id)).isTrue();
            assertThat(Character.isLetterOrDigit(id.charAt(0))).as(id).isTrue();
        }
    }
}
