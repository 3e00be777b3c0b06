package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.session.Prober;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Checks of the configured endpoint: the server's probes with progress, and the customer's browser's results. */
class CheckApiTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    private static String newSession() {
        return APP.http().postJson("/api/sessions", Map.of("audience", "customer", "lang", "en")).json().get("id").asText();
    }

    @Test
    void the_configured_endpoints_are_listed() {
        JsonNode list = APP.http().get("/api/endpoints").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo("tax");
        assertThat(list.get(0).get("url").asText()).isEqualTo("http://127.0.0.1:9/invoice");
    }

    @Test
    void server_checks_run_in_the_background_with_progress_and_add_their_facts() throws InterruptedException {
        String id = newSession();
        Http.Reply started = APP.http().postJson("/api/sessions/" + id + "/checks", Map.of("endpoint", "tax"));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("running").asBoolean()).isTrue();
        JsonNode state = null;
        for (int i = 0; i < 100; i++) {
            state = APP.http().get("/api/sessions/" + id + "/checks").json();
            if (!state.get("job").get("running").asBoolean()) {
                break;
            }
            assertThat(state.get("job").get("progress").asDouble()).isBetween(0.0, 1.0);
            Thread.sleep(50);
        }
        assertThat(state.get("job").get("running").asBoolean()).isFalse();
        assertThat(state.get("job").get("error").isNull()).isTrue();
        assertThat(state.get("checks").get("server").get("results").get(0).get("name").asText()).isEqualTo("dns");
        JsonNode session = APP.http().get("/api/sessions/" + id).json();
        assertThat(session.get("facts").get(0).get("id").asText()).isEqualTo("net.dns.resolves");
        assertThat(session.get("facts").get(0).get("source").asText()).isEqualTo("probe");
        assertThat(session.get("diagnoses").get(0).get("cause").asText()).isEqualTo("network.config.dns");
    }

    @Test
    void only_configured_endpoints_can_be_checked() {
        String id = newSession();
        Http.Reply r = APP.http().postJson("/api/sessions/" + id + "/checks", Map.of("endpoint", "http://169.254.169.254/"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("not configured").contains("tax");
        assertThat(APP.http().postJson("/api/sessions/" + id + "/browser-checks", Map.of("endpoint", "evil")).status()).isEqualTo(404);
    }

    @Test
    void checks_for_an_unknown_session_are_404() {
        assertThat(APP.http().postJson("/api/sessions/AAAAAAAAAAAAAAAAAAAAAA/checks", Map.of("endpoint", "tax")).status()).isEqualTo(404);
        assertThat(APP.http().get("/api/sessions/AAAAAAAAAAAAAAAAAAAAAA/checks").status()).isEqualTo(404);
    }

    @Test
    void the_browsers_results_become_facts_labelled_as_from_the_browser() {
        String id = newSession();
        Map<String, Object> report = new HashMap<>();
        report.put("endpoint", "tax");
        report.put("reachable", false);
        report.put("error", "timeout");
        report.put("clockSkewSeconds", -1200);
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/browser-checks", report).json();
        Map<String, String> facts = new HashMap<>();
        s.get("facts").forEach(f -> facts.put(f.get("id").asText(), f.get("value").asText()));
        assertThat(facts).containsEntry("net.tax-host-reachable", "no").containsEntry("clock.skew.seconds", "-1200");
        assertThat(s.get("facts").get(0).get("detail").asText()).startsWith("your browser");
        assertThat(s.get("checks").get("browser").get("clockSkewSeconds").asLong()).isEqualTo(-1200);
        assertThat(s.get("diagnoses").get(0).get("cause").asText()).isEqualTo("client.clock");
    }

    @Test
    void a_browser_report_with_an_odd_error_is_422() {
        String id = newSession();
        assertThat(APP.http().postJson("/api/sessions/" + id + "/browser-checks", Map.of("endpoint", "tax", "error", "<script>"))
                .status()).isEqualTo(422);
        assertThat(APP.http().postJson("/api/sessions/" + id + "/browser-checks", Map.of("endpoint", "tax", "ms", "fast"))
                .status()).isEqualTo(400);
    }

    @Test
    void more_checks_at_once_than_allowed_are_refused_with_429() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        Prober blocking = target -> {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return WebFixture.dnsOutage().probe(target);
        };
        try (WebApp busy = Assembly.start(WebFixture.kb(), new Settings(0, WebFixture.memoryDb(), WebFixture.endpoints()), blocking)) {
            Http h = new Http(busy.port());
            for (int i = 0; i < 4; i++) {
                String id = h.postJson("/api/sessions", Map.of("audience", "customer")).json().get("id").asText();
                assertThat(h.postJson("/api/sessions/" + id + "/checks", Map.of()).status()).isEqualTo(202);
            }
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
            String id = h.postJson("/api/sessions", Map.of("audience", "customer")).json().get("id").asText();
            Http.Reply refused = h.form("/s/" + id + "/checks", Map.of("endpoint", "tax"));
            assertThat(refused.status()).isEqualTo(429);
            // the page tells the person in their language (the API keeps "try again" for developers)
            assertThat(refused.body()).contains("请稍等片刻再试");
            release.countDown();
        }
    }
}
