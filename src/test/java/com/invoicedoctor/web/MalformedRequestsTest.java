package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.StaffAccounts;
import com.invoicedoctor.staff.StaffAuth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every form and API that takes a body answers 4xx, never 5xx, to each kind of body a client can get wrong: 400 for a
 * malformed one, 415 for multipart (no form here sends it), with a message that names no parser internals. Staff routes
 * are sent by a signed-in administrator, so that the body is read and not just refused for want of a sign-in.
 */
class MalformedRequestsTest {
    private static WebApp app;
    private static String session;
    private static String staffHeaders;

    @BeforeAll
    static void start() throws Exception {
        String db = WebFixture.memoryDb();
        app = Assembly.start(WebFixture.kb(), new Settings(0, db, WebFixture.endpoints()), WebFixture.dnsOutage());
        try (Database jdbc = Database.open(db)) {
            new StaffAccounts(jdbc, new Passwords(4)).create("lin", "Lin", Role.admin, "a long enough password 1");
        }
        Http http = new Http(app.port());
        session = http.postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json().get("id").asText();
        Http.Reply signedIn = http.postJson("/api/staff/login", Map.of("username", "lin", "password", "a long enough password 1"));
        String cookie = signedIn.header("Set-Cookie");
        String token = cookie.substring(cookie.indexOf(StaffAuth.COOKIE + "=") + StaffAuth.COOKIE.length() + 1).split(";")[0];
        staffHeaders = "Cookie: " + StaffAuth.COOKIE + "=" + token + "\r\nX-CSRF-Token: " + signedIn.json().get("csrf").asText()
                + "\r\n";
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Every route that takes a form. */
    private static List<String> formRoutes() {
        String s = "/s/" + session;
        return List.of("/sessions", s + "/answers", s + "/repairs", s + "/facts", s + "/error-text", s + "/notes", s + "/checks",
                s + "/handoff", "/staff/login", "/staff/logout", "/staff/account/password", "/staff/knowledge/check",
                "/staff/knowledge/reload", "/staff/users", "/staff/users/lin/role", "/staff/users/lin/disabled",
                "/staff/priors/reset", "/staff/incidents/1/close", "/staff/incidents/1/confirm", "/staff/cases/" + session + "/answers",
                "/staff/cases/" + session + "/notes", "/staff/cases/" + session + "/status", "/staff/cases/" + session + "/take",
                "/staff/cases/" + session + "/confirm");
    }

    /** Every API route that reads a JSON body (the hand-off takes none). */
    private static List<String> jsonRoutes() {
        String s = "/api/sessions/" + session;
        String c = "/api/staff/cases/" + session;
        return List.of("/api/sessions", s + "/answers", s + "/repairs", s + "/facts", s + "/notes", s + "/checks",
                s + "/browser-checks", "/api/diagnose", "/api/staff/login", c + "/answers", c + "/notes", c + "/status",
                c + "/confirm", "/api/staff/users");
    }

    /** A malformed body: its Content-Type, its bytes and the status it must get. */
    private record Malformed(String kind, String contentType, String body, int status) {
    }

    private static final List<Malformed> FORMS = List.of(
            new Malformed("multipart without a boundary", "multipart/form-data", "answer=yes", 400),
            new Malformed("multipart with a garbled body", "multipart/form-data; boundary=xyz", "--xyz\r\nno headers, no end", 415),
            new Malformed("a charset nobody knows", "application/x-www-form-urlencoded; charset=bogus", "answer=yes", 400),
            new Malformed("a charset name that is not one", "application/x-www-form-urlencoded; charset=\"a b\"", "answer=yes", 400));

    private static final List<Malformed> JSON = List.of(
            new Malformed("JSON cut off", "application/json", "{\"question\": \"a", 400),
            new Malformed("JSON with more after it", "application/json", "{} {}", 400),
            new Malformed("not JSON", "application/json", "answer=yes", 400),
            new Malformed("a bare word", "application/json", "{\"answer\": yes}", 400),
            new Malformed("a charset nobody knows", "application/json; charset=bogus", "{}", 400),
            new Malformed("nesting too deep", "application/json", "[".repeat(2_000), 400),
            new Malformed("not UTF-8", "application/json", "{\"notes\": \"\u00ff\u00fe\"}", 400),
            new Malformed("multipart without a boundary", "multipart/form-data", "{}", 400));

    private static String send(String path, Malformed m, boolean asStaff) throws Exception {
        byte[] body = m.kind().equals("not UTF-8") ? new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}
                : m.body().getBytes(StandardCharsets.UTF_8);
        try (RawHttp raw = new RawHttp(app.port())) {
            raw.send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + m.contentType() + "\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n" + (asStaff ? staffHeaders : "") + "\r\n");
            raw.sendBytes(body);
            return raw.readAll();
        }
    }

    private static List<String> wrong(List<String> paths, List<Malformed> kinds, boolean jsonErrors) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (Malformed m : kinds) {
                String answer = send(path, m, path.contains("/staff/"));
                int status = answer.length() < 12 ? -1 : Integer.parseInt(answer.substring(9, 12));
                String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
                boolean internals = body.contains("fasterxml") || body.contains("Jackson") || body.contains("`")
                        || body.contains("JsonNode") || body.contains("REDACTED") || body.contains("Exception");
                if (status != m.status() || (jsonErrors && internals)) {
                    wrong.add(path + " with " + m.kind() + ": " + status + " " + body.strip());
                }
            }
        }
        return wrong;
    }

    @Test
    void each_malformed_form_on_each_form_route_is_a_400_or_for_multipart_a_415() throws Exception {
        assertThat(wrong(formRoutes(), FORMS, false)).isEmpty();
    }

    @Test
    void each_malformed_json_body_on_each_api_is_a_400_that_names_no_parser_internals() throws Exception {
        assertThat(wrong(jsonRoutes(), JSON, true)).isEmpty();
    }

    @Test
    void a_body_cut_short_is_a_400() throws Exception {
        try (RawHttp raw = new RawHttp(app.port())) {
            raw.send("POST /sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100\r\n\r\naudience=customer");
            raw.shutdownOutput();
            assertThat(raw.readAll()).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void a_json_error_says_where_and_what_in_plain_words() {
        Http.Reply reply = new Http(app.port()).post("/api/sessions/" + session + "/answers", "{\"question\": \"q\", \"answer\": +}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText())
                .isEqualTo("the body is not valid JSON at line 1, column 30: unexpected character '+'");
    }
}
