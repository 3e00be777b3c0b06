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
            new IncidentPolicy(Duration.ofMinutes(15), 3, 0.5, Set.of("server")));

    @AfterEach
    void close() {
        f.close();
    }

    private void session(String cause, String family, double confidence, String endpoint, boolean probeFailed) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        cases.observe(new SessionOutcome(id, "customer", "zh", "confident", cause, family, confidence, 3, endpoint,
                probeFailed, "fixture.1", 0, 1, Instant.now()));
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
