package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.cases.SessionOutcome;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.probe.ProbeTargets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The helpdesk side wired into the whole app (web.WebApp): the customer's hand-off button and the incident banner. */
class HelpdeskInTheAppTest {
    private static final String URL = "jdbc:h2:mem:app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static WebApp app;

    @BeforeAll
    static void start() {
        app = Assembly.start(Fixture.fixture(), new KnowledgeSource(Fixture.FIXTURE_KB, Fixture.FIXTURE_RULES),
                new Settings(0, URL, ProbeTargets.none()), null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_customer_who_gives_up_gets_a_code_and_the_case_records_its_versions() throws Exception {
        Http customer = new Http(app.port());
        String id = new ObjectMapper().readTree(customer.postJson("/api/sessions",
                "{\"audience\":\"customer\",\"lang\":\"en\"}", null).body()).get("id").asText();
        assertThat(customer.get("/s/" + id + "?lang=en").body()).contains("/s/" + id + "/handoff");
        Http.Answer posted = customer.postForm("/s/" + id + "/handoff", Map.of());
        assertThat(posted.status()).isEqualTo(303);
        Http.Answer page = customer.get(posted.header("Location"));
        assertThat(page.status()).isEqualTo(200);
        try (Database db = Database.open(URL)) {
            var record = new CaseStore(db).get(id);
            assertThat(page.body()).contains(record.code().substring(0, 4) + " " + record.code().substring(4));
            assertThat(record.kbVersion()).isEqualTo("fixture.1");
            assertThat(record.priorVersion()).isZero();
            assertThat(record.audience()).isEqualTo("customer");
        }
    }

    @Test
    void customers_see_the_banner_of_an_incident_a_staff_member_confirmed() {
        try (Database db = Database.open(URL)) {
            CaseStore cases = new CaseStore(db);
            for (int i = 0; i < IncidentPolicy.defaults().threshold(); i++) {
                cases.observe(new SessionOutcome("banner" + i, "customer", "en", "confident", "server.database", "server",
                        0.9, 4, null, false, null, false, "fixture.1", 0, 1, Instant.now()));
            }
            Incidents incidents = new Incidents(db, IncidentPolicy.defaults());
            incidents.confirm(incidents.scan(Instant.now()).get(0).id(), "agent");
        }
        Http customer = new Http(app.port());
        // the banner is cached for up to 5 seconds per instance; the API and the pages share that cache
        String page = awaitBanner(customer);
        assertThat(page).contains("Database corruption").contains("you need not change anything on your side");
        assertThat(customer.get("/api/incidents?lang=zh").body()).contains("\"subject\":\"server.database\"").contains("数据库损坏");
    }

    private static String awaitBanner(Http customer) {
        long until = System.currentTimeMillis() + 8_000;
        String page = customer.get("/?lang=en").body();
        while (!page.contains("incident-banner") && System.currentTimeMillis() < until) {
            sleep();
            page = customer.get("/?lang=en").body();
        }
        return page;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
