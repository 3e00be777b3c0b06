package com.invoicedoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentsTest {
    private final CasesFixture f = CasesFixture.h2();
    private final CaseStore cases = new CaseStore(f.db);
    private final Incidents incidents = new Incidents(f.db,
            new IncidentPolicy(Duration.ofMinutes(15), 3, 0.5, Set.of("server"), 2));

    @AfterEach
    void close() {
        f.close();
    }

    private void session(String cause, String family, double confidence, String endpoint, boolean probeFailed) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        cases.observe(new SessionOutcome(id, "customer", "zh", "confident", cause, family, confidence, 3, endpoint,
                probeFailed, null, false, "fixture.1", 0, 1, Instant.now()));
    }

    /** A session in which the server itself checked the endpoint at this time, and found it failing or not. */
    private void serverChecked(String endpoint, Instant at, boolean failed) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        cases.observe(new SessionOutcome(id, "customer", "zh", "confident", "network.config.dns", "network", 0.4, 3,
                endpoint, failed, at, failed, "fixture.1", 0, 1, Instant.now()));
    }

    @Test
    void what_sessions_report_raises_a_suspected_incident_that_customers_do_not_see() {
        for (int i = 0; i < 3; i++) {
            session("server.database", "server", 0.9, "https://fapiao.example/api", true);
        }
        assertThat(incidents.scan(Instant.now())).hasSize(2).allSatisfy(i -> {
            assertThat(i.evidence()).isEqualTo(Incident.REPORTS);
            assertThat(i.shownToCustomers()).isFalse();
        });
        assertThat(incidents.banner()).isEmpty();
        assertThat(incidents.current()).hasSize(2);
    }

    @Test
    void the_servers_own_failing_checks_show_an_endpoint_incident_until_its_latest_check_passes() {
        String api = "https://fapiao.example/api";
        Instant t = Instant.now().minusSeconds(60);
        session("network.config.dns", "network", 0.4, api, true);
        session("network.config.dns", "network", 0.4, api, true);
        serverChecked(api, t, true);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> assertThat(i.shownToCustomers())
                .as("one failing server check of the two the policy asks for").isFalse());
        serverChecked(api, t.plusSeconds(10), true);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> {
            assertThat(i.evidence()).isEqualTo(Incident.SERVER_CHECKS);
            assertThat(i.shownToCustomers()).isTrue();
        });
        assertThat(incidents.banner()).extracting(Incident::subject).containsExactly(api);
        serverChecked(api, t.plusSeconds(20), false);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> {
            assertThat(i.evidence()).isEqualTo(Incident.REPORTS);
            assertThat(i.shownToCustomers()).isFalse();
        });
    }

    @Test
    void server_checks_older_than_the_window_do_not_count() {
        String api = "https://fapiao.example/api";
        session("network.config.dns", "network", 0.4, api, true);
        serverChecked(api, Instant.now().minus(Duration.ofMinutes(20)), true);
        serverChecked(api, Instant.now().minus(Duration.ofMinutes(19)), true);
        serverChecked(api, Instant.now(), true);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> assertThat(i.shownToCustomers()).isFalse());
    }

    @Test
    void a_confirmed_incident_is_shown_to_customers_and_a_closed_one_cannot_be_confirmed() {
        for (int i = 0; i < 3; i++) {
            session("server.database", "server", 0.9, null, false);
        }
        Incident open = incidents.scan(Instant.now()).get(0);
        assertThat(incidents.confirm(open.id(), "agent")).isTrue();
        assertThat(incidents.banner()).singleElement().satisfies(i -> {
            assertThat(i.confirmedBy()).isEqualTo("agent");
            assertThat(i.confirmedAt()).isNotNull();
        });
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> assertThat(i.shownToCustomers())
                .as("a later scan keeps the confirmation").isTrue());
        incidents.close(open.id(), "agent");
        assertThat(incidents.confirm(open.id(), "agent")).isFalse();
        assertThat(incidents.banner()).isEmpty();
    }

    @Test
    void an_incident_opens_at_the_threshold_and_not_below() {
        session("server.database", "server", 0.7, null, false);
        session("server.database", "server", 0.9, null, false);
        assertThat(incidents.scan(Instant.now())).isEmpty();
        session("server.database", "server", 0.6, null, false);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("cause");
            assertThat(i.subject()).isEqualTo("server.database");
            assertThat(i.sessions()).isEqualTo(3);
        });
        assertThat(incidents.cases(incidents.open().get(0))).hasSize(3);
    }

    @Test
    void unsure_diagnoses_and_causes_on_the_callers_side_do_not_count() {
        session("server.database", "server", 0.7, null, false);
        session("server.database", "server", 0.7, null, false);
        session("server.database", "server", 0.3, null, false);
        session("network.config.dns", "network", 0.9, null, false);
        session("network.config.dns", "network", 0.9, null, false);
        session("network.config.dns", "network", 0.9, null, false);
        assertThat(incidents.scan(Instant.now())).isEmpty();
    }

    @Test
    void failing_probes_of_one_endpoint_open_an_endpoint_incident() {
        session("network.config.dns", "network", 0.4, "https://fapiao.example/api", true);
        session("network.config.dns", "network", 0.4, "https://fapiao.example/api", true);
        session("network.config.dns", "network", 0.4, "https://other.example/api", true);
        assertThat(incidents.scan(Instant.now())).isEmpty();
        session("server.software", "server", 0.2, "https://fapiao.example/api", true);
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("endpoint");
            assertThat(i.subject()).isEqualTo("https://fapiao.example/api");
        });
    }

    @Test
    void an_incident_closes_itself_after_a_quiet_window() {
        for (int i = 0; i < 3; i++) {
            session("server.database", "server", 0.8, null, false);
        }
        assertThat(incidents.scan(Instant.now())).hasSize(1);
        assertThat(incidents.scan(Instant.now().plus(Duration.ofMinutes(16)))).isEmpty();
        assertThat(incidents.recent(10)).singleElement().satisfies(i -> assertThat(i.open()).isFalse());
    }

    @Test
    void an_incident_an_agent_closed_reopens_only_for_sessions_after_the_close() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            session("server.database", "server", 0.8, null, false);
        }
        Incident open = incidents.scan(Instant.now()).get(0);
        Thread.sleep(5);
        incidents.close(open.id(), "agent");
        assertThat(incidents.scan(Instant.now())).isEmpty();
        for (int i = 0; i < 3; i++) {
            session("server.database", "server", 0.8, null, false);
        }
        assertThat(incidents.scan(Instant.now())).singleElement().satisfies(i -> assertThat(i.id()).isNotEqualTo(open.id()));
    }
}
