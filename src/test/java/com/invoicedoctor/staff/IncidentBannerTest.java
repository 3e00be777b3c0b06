package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeResult;
import com.invoicedoctor.probe.ProbeStatus;
import com.invoicedoctor.probe.ProbeTargets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who can put the outage banner in front of every customer: not anonymous visitors, whatever they send (the attack
 * of issue 14: sessions posting a database error text and three facts, and browsers reporting the endpoint down);
 * a staff member who confirms, or the server's own checks of the endpoint.
 */
class IncidentBannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDPOINT = "http://127.0.0.1:9/invoice";
    private final AtomicBoolean endpointDown = new AtomicBoolean(false);
    private WebApp app;

    @BeforeEach
    void start() {
        String url = "jdbc:h2:mem:banner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ProbeTargets tax = ProbeTargets.of(List.of(new ProbeTargets.Endpoint("tax", "tax", URI.create(ENDPOINT))));
        app = Assembly.start(Fixture.fixture(), new KnowledgeSource(Fixture.FIXTURE_KB, Fixture.FIXTURE_RULES),
                new Settings(0, url, tax), this::probe);
        try (Database db = Database.open(url)) {
            new StaffAccounts(db, new Passwords(4)).create("agent", "Agent", Role.agent, StaffServer.PASSWORD);
        }
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void no_anonymous_sequence_raises_a_public_banner_but_staff_see_the_suspected_incidents() throws Exception {
        for (int i = 0; i < 8; i++) {
            Http visitor = new Http(app.port());
            String id = anonymousSession(visitor);
            visitor.postJson("/api/sessions/" + id + "/facts", "{\"errorText\": \"ORA-01578: ORACLE data block corrupted "
                    + "(file # 7, block # 12345)\", \"facts\": {\"scope.others-affected\": \"yes\", "
                    + "\"net.other-sites-work\": \"yes\", \"server.power-cut\": \"yes\"}}", null);
            visitor.postJson("/api/sessions/" + id + "/browser-checks",
                    "{\"endpoint\": \"tax\", \"reachable\": false, \"error\": \"network\"}", null);
            serverCheck(visitor, id);
            assertThat(visitor.postJson("/api/staff/incidents/1/confirm", "{}", null).status()).isEqualTo(401);
            assertThat(visitor.postForm("/staff/incidents/1/confirm", Map.of()).status()).isEqualTo(302);
        }
        Http customer = new Http(app.port());
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).isEmpty();
        assertThat(customer.get("/?lang=en").body()).doesNotContain("incident-banner");

        JsonNode open = JSON.readTree(agent().http().get("/api/staff/incidents").body()).get("open");
        assertThat(kinds(open)).containsExactlyInAnyOrder("cause server.database reports false",
                "endpoint " + ENDPOINT + " reports false");
    }

    @Test
    void a_staff_members_confirmation_shows_customers_the_banner() throws Exception {
        for (int i = 0; i < 5; i++) {
            Http visitor = new Http(app.port());
            String id = anonymousSession(visitor);
            visitor.postJson("/api/sessions/" + id + "/facts", "{\"facts\": {\"scope.others-affected\": \"yes\", "
                    + "\"net.other-sites-work\": \"yes\", \"server.power-cut\": \"yes\"}}", null);
        }
        Http customer = new Http(app.port());
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).isEmpty();
        StaffServer.Signed agent = agent();
        long id = JSON.readTree(agent.http().get("/api/staff/incidents").body()).at("/open/0/id").asLong();
        assertThat(agent.http().get("/staff/incidents?lang=en").body()).contains("suspected: only staff see it");
        assertThat(agent.http().get("/staff/incidents/" + id + "?lang=en").body())
                .contains("raised by what sessions reported", "/staff/incidents/" + id + "/confirm");
        assertThat(agent.http().postJson("/api/staff/incidents/" + id + "/confirm", "{}", null).status()).as("no CSRF token")
                .isEqualTo(403);
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).isEmpty();

        Http.Answer confirmed = agent.http().postJson("/api/staff/incidents/" + id + "/confirm", "{}", agent.csrf());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).get("confirmedBy").asText()).isEqualTo("agent");
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).singleElement()
                .satisfies(i -> assertThat(i.get("subject").asText()).isEqualTo("server.database"));
        assertThat(customer.get("/?lang=en").body()).contains("incident-banner", "you need not change anything on your side");
        assertThat(agent.http().get("/staff/incidents/" + id + "?lang=en").body()).contains("customers see its banner",
                "confirmed ", " by agent");
    }

    @Test
    void the_servers_own_failing_checks_show_an_endpoint_banner_until_a_check_passes_again() throws Exception {
        endpointDown.set(true);
        for (int i = 0; i < 5; i++) {
            Http visitor = new Http(app.port());
            serverCheck(visitor, anonymousSession(visitor));
        }
        Http customer = new Http(app.port());
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).singleElement()
                .satisfies(i -> assertThat(i.get("subject").asText()).isEqualTo(ENDPOINT));

        endpointDown.set(false);
        Http visitor = new Http(app.port());
        serverCheck(visitor, anonymousSession(visitor));
        assertThat(JSON.readTree(customer.get("/api/incidents").body()).get("incidents")).isEmpty();
        JsonNode open = JSON.readTree(agent().http().get("/api/staff/incidents").body()).get("open");
        assertThat(kinds(open)).containsExactly("endpoint " + ENDPOINT + " reports false");
    }

    /** What the server's probes find: the endpoint answering, or refusing connections while it is down. */
    private ProbeReport probe(URI target) {
        ProbeStatus tcp = endpointDown.get() ? ProbeStatus.fail : ProbeStatus.ok;
        return new ProbeReport(target, List.of(), List.of(new ProbeResult("dns", ProbeStatus.ok, "127.0.0.1", 1),
                new ProbeResult("tcp", tcp, endpointDown.get() ? "connection refused" : "connected", 1),
                new ProbeResult("clock", ProbeStatus.fail, "the server's own clock is off: not the endpoint", 0)), 2);
    }

    private String anonymousSession(Http visitor) throws Exception {
        Http.Answer started = visitor.postJson("/api/sessions", "{\"audience\": \"customer\", \"lang\": \"en\"}", null);
        assertThat(started.status()).isEqualTo(201);
        return JSON.readTree(started.body()).get("id").asText();
    }

    /** Runs the server's checks for this session and waits until they are done. */
    private static void serverCheck(Http visitor, String id) throws Exception {
        assertThat(visitor.postJson("/api/sessions/" + id + "/checks", "{\"endpoint\": \"tax\"}", null).status()).isEqualTo(202);
        long until = System.currentTimeMillis() + 10_000;
        while (JSON.readTree(visitor.get("/api/sessions/" + id + "/checks").body()).at("/job/running").asBoolean()) {
            assertThat(System.currentTimeMillis()).as("checks still running").isLessThan(until);
            Thread.sleep(20);
        }
    }

    private StaffServer.Signed agent() throws Exception {
        Http http = new Http(app.port());
        Http.Answer a = http.postJson("/api/staff/login", "{\"username\":\"agent\",\"password\":\"" + StaffServer.PASSWORD + "\"}", null);
        assertThat(a.status()).isEqualTo(200);
        return new StaffServer.Signed(http, JSON.readTree(a.body()).get("csrf").asText());
    }

    private static List<String> kinds(JsonNode incidents) {
        List<String> list = new ArrayList<>();
        incidents.forEach(i -> list.add(i.get("kind").asText() + " " + i.get("subject").asText() + " "
                + i.get("evidence").asText() + " " + i.get("shownToCustomers").asBoolean()));
        return list;
    }
}
