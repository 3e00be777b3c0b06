package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.web.jetty.ConnectionLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Slow, silent and numerous connections cannot take the server from everyone else. */
@Tag("slow")
class ConnectionLimitsTest {

    private static WebApp start(ConnectionLimits limits) {
        return Assembly.start(WebFixture.kb(), WebFixture.settings().with(limits), WebFixture.dnsOutage());
    }

    private static String trickledHeaders() {
        return "POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{";
    }

    @Test
    void a_body_trickled_slower_than_the_minimum_rate_is_answered_408_and_its_connection_closed() throws Exception {
        try (WebApp app = start(ConnectionLimits.defaults()); RawHttp slow = new RawHttp(app.port())) {
            slow.send(trickledHeaders());
            long started = System.nanoTime();
            String answer = slow.readAll();
            assertThat(answer).startsWith("HTTP/1.1 408").contains("Connection: close").contains("Content-Security-Policy");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_body_not_complete_within_the_timeout_is_answered_408_however_fast_it_started() throws Exception {
        ConnectionLimits limits = new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(1), 0, 64, 10_000, 200);
        try (WebApp app = start(limits); RawHttp slow = new RawHttp(app.port())) {
            slow.send(trickledHeaders());
            assertThat(slow.readAll()).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void slow_bodies_do_not_hold_the_threads_others_need() throws Exception {
        // 8 threads and 24 bodies that never finish (no minimum rate): without reading bodies first, all threads would wait
        ConnectionLimits limits = new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 0, 64, 10_000, 8);
        try (WebApp app = start(limits)) {
            List<RawHttp> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 24; i++) {
                    slow.add(new RawHttp(app.port()).send(trickledHeaders()));
                }
                Thread.sleep(300);
                Http http = new Http(app.port());
                long started = System.nanoTime();
                assertThat(http.get("/health").status()).isEqualTo(200);
                String id = http.postJson("/api/sessions", java.util.Map.of("audience", "customer", "lang", "en")).json()
                        .get("id").asText();
                assertThat(id).isNotBlank();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            } finally {
                for (RawHttp r : slow) {
                    r.close();
                }
            }
        }
    }

    @Test
    void an_address_at_its_cap_gets_no_further_connection_until_one_closes() throws Exception {
        ConnectionLimits limits = new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 4, 10_000, 200);
        try (WebApp app = start(limits)) {
            List<RawHttp> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(new RawHttp(app.port()));
            }
            try (RawHttp fifth = new RawHttp(app.port())) {
                assertThat(fifth.closedWithin(2_000)).isTrue();
            }
            held.remove(0).close();
            Thread.sleep(200);
            try (RawHttp again = new RawHttp(app.port())) {
                assertThat(again.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").readAll())
                        .startsWith("HTTP/1.1 200");
            }
            for (RawHttp r : held) {
                r.close();
            }
        }
    }

    @Test
    void a_silent_connection_is_closed_after_the_idle_timeout() throws Exception {
        ConnectionLimits limits = new ConnectionLimits(Duration.ofSeconds(1), Duration.ofSeconds(10), 1024, 64, 10_000, 200);
        try (WebApp app = start(limits); RawHttp silent = new RawHttp(app.port())) {
            assertThat(silent.closedWithin(4_000)).isTrue();
        }
    }

    @Test
    void a_chunked_body_that_grows_past_64_kib_is_answered_413() throws Exception {
        try (WebApp app = start(ConnectionLimits.defaults()); RawHttp big = new RawHttp(app.port())) {
            StringBuilder request = new StringBuilder("POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(8192);
            for (int i = 0; i < 9; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("0\r\n\r\n");
            assertThat(big.send(request.toString()).readAll()).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void limits_that_make_no_sense_are_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> new ConnectionLimits(Duration.ZERO, Duration.ofSeconds(10), 1024, 64, 10_000, 200))
                .hasMessageContaining("idle timeout must be longer than zero");
        assertThatThrownBy(() -> new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 64, 10, 200))
                .hasMessageContaining("connections in all must be at least 64");
    }
}
