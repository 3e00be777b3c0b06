package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.StaffAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /metrics in Prometheus' text format, for signed-in staff or a scraper with the token; 401 for anyone else. */
class MetricsTest {
    private static final String TOKEN = "a-scraper-token-of-some-length";
    private static WebApp app;
    private static Http http;

    @BeforeAll
    static void start() {
        String db = WebFixture.memoryDb();
        app = Assembly.start(WebFixture.kb(), new Settings(0, db, WebFixture.endpoints())
                .withMetricsToken(TOKEN), WebFixture.dnsOutage());
        try (Database jdbc = Database.open(db)) {
            new StaffAccounts(jdbc, new Passwords(4)).create("lin", "Lin", Role.agent, "a long enough password 1");
        }
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String scrape() {
        Http.Reply r = http.get("/metrics", "Authorization", "Bearer " + TOKEN);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        return r.body();
    }

    @Test
    void anonymous_and_wrong_tokens_get_401() {
        Http.Reply anonymous = http.get("/metrics");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.body()).doesNotContain("invoicedoctor_");
        assertThat(http.get("/metrics", "Authorization", "Bearer " + TOKEN + "x").status()).isEqualTo(401);
        assertThat(http.get("/metrics", "Authorization", TOKEN).status()).isEqualTo(401);
    }

    @Test
    void signed_in_staff_may_read_them() throws Exception {
        Http.Reply signedIn = http.postJson("/api/staff/login", Map.of("username", "lin", "password", "a long enough password 1"));
        String cookie = signedIn.header("Set-Cookie").split(";")[0];
        Http.Reply r = http.get("/metrics", "Cookie", cookie);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("invoicedoctor_http_requests_seconds_count");
    }

    @Test
    void requests_sessions_diagnoses_probes_pools_and_refused_sign_ins_are_counted() throws Exception {
        String id = http.postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json().get("id").asText();
        http.postJson("/api/diagnose", Map.of("facts", Map.of("net.other-sites-work", "no")));
        http.postJson("/api/staff/login", Map.of("username", "lin", "password", "wrong"));
        assertThat(http.postJson("/api/sessions/" + id + "/checks", Map.of("endpoint", "tax")).status()).isEqualTo(202);
        for (int i = 0; i < 50 && !scrape().contains("invoicedoctor_probe_duration_seconds_count"); i++) {
            Thread.sleep(100);
        }
        String text = scrape();
        assertThat(text)
                .containsPattern("invoicedoctor_http_requests_seconds_count\\{method=\"POST\",route=\"/api/sessions\",status=\"201\"} 1")
                .containsPattern("invoicedoctor_http_requests_seconds_count\\{method=\"GET\",route=\"unmatched\",status=\"404\"}|"
                        + "invoicedoctor_sessions_started_total")
                .contains("invoicedoctor_sessions_started_total{audience=\"helpdesk\"} 1")
                .containsPattern("invoicedoctor_diagnoses_total\\{band=\"(low|medium|high)\",cause=\"[^\"]+\",source=\"diagnose\"} 1")
                .contains("invoicedoctor_signin_rejected_total{reason=\"wrong_password\"} 1")
                .contains("invoicedoctor_probe_duration_seconds_count{probe=\"dns\",status=\"fail\"} 1")
                .containsPattern("invoicedoctor_pool_max\\{pool=\"db\"} 20")
                .containsPattern("invoicedoctor_pool_in_use\\{pool=\"http-threads\"}")
                .contains("invoicedoctor_connections_refused_total");
    }

    @Test
    void an_unknown_path_is_counted_as_unmatched_not_by_its_own_name() {
        http.get("/no/such/page-" + System.nanoTime());
        assertThat(scrape()).contains("route=\"unmatched\",status=\"404\"").doesNotContain("no/such/page");
    }
}
