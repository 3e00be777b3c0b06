package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.PriorEstimator;
import com.invoicedoctor.knowledge.live.LearnedPriors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.session.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LearningTest {
    private final CasesFixture f = CasesFixture.h2();
    private final CaseStore cases = new CaseStore(f.db);
    private final Learning learning = new Learning(f.db);
    private final CaseRecorder recorder = new CaseRecorder(cases, f.live, new Incidents(f.db, IncidentPolicy.defaults()));

    @AfterEach
    void close() {
        f.close();
    }

    private String confirmedCase(String cause, String step) {
        Snapshot s = f.sessions.start(Audience.customer, Lang.en);
        recorder.accept(s);
        learning.confirm(f.live.get().kb(), s.session().id(), new Learning.Confirmation(cause, step, "agent",
                s.session().state(), s.turn().assessment().top().cause()));
        return s.session().id();
    }

    @Test
    void confirmed_cases_raise_their_cause_to_the_posterior_mean_and_change_the_ranking() {
        Assessment before = f.live.get().reasoner().assess(List.of());
        assertThat(before.top().cause()).isEqualTo("network.config.dns"); // four equal priors: ties go by id
        for (int i = 0; i < 3; i++) {
            confirmedCase("server.database", "server.database.repair");
        }
        f.live.refresh();
        Assessment after = f.live.get().reasoner().assess(List.of());
        assertThat(after.top().cause()).isEqualTo("server.database");
        // strength 50, KB prior 0.25 each, 3 of 3 confirmed cases: (50 * 0.25 + 3) / (50 + 3)
        assertThat(after.confidence("server.database")).isCloseTo((12.5 + 3) / 53, within(1e-9));
        assertThat(after.confidence("network.config.dns")).isCloseTo(12.5 / 53, within(1e-9));
        assertThat(f.live.get().priorVersion()).isEqualTo(3);
        assertThat(f.live.get().learned().counts()).isEqualTo(Map.of("server.database", 3));
    }

    @Test
    void every_case_records_the_knowledge_and_prior_versions_it_was_diagnosed_with() {
        confirmedCase("server.database", null);
        f.live.refresh();
        Snapshot later = f.sessions.start(Audience.customer, Lang.en);
        recorder.accept(later);
        CaseRecord record = cases.get(later.session().id());
        assertThat(record.kbVersion()).isEqualTo("fixture.1");
        assertThat(record.priorVersion()).isEqualTo(1);
        LearnedPriors v1 = learning.version(1).orElseThrow();
        assertThat(v1.priors(com.invoicedoctor.engine.Reasoner.priorsOf(f.live.get().kb())))
                .isEqualTo(f.live.get().priors());
    }

    @Test
    void confirming_a_case_again_counts_it_once() {
        String id = confirmedCase("server.database", null);
        learning.confirm(f.live.get().kb(), id, new Learning.Confirmation("server.software", "server.software.upgrade",
                "agent", f.sessions.get(id, null).session().state(), "server.database"));
        assertThat(learning.latest().counts()).isEqualTo(Map.of("server.software", 1));
        assertThat(cases.get(id).confirmedCause()).isEqualTo("server.software");
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.resolved);
    }

    @Test
    void a_reset_brings_back_the_knowledge_base_priors_and_later_cases_count_afresh() {
        confirmedCase("server.database", null);
        learning.reset("admin");
        f.live.refresh();
        assertThat(f.live.get().reasoner().assess(List.of()).confidence("server.database")).isCloseTo(0.25, within(1e-9));
        confirmedCase("server.software", null);
        assertThat(learning.latest().counts()).isEqualTo(Map.of("server.software", 1));
        assertThat(learning.latest().epoch()).isEqualTo(1);
    }

    @Test
    void an_unknown_cause_or_a_step_of_another_cause_is_refused() {
        Snapshot s = f.sessions.start(Audience.customer, Lang.en);
        recorder.accept(s);
        String id = s.session().id();
        assertThatThrownBy(() -> learning.confirm(f.live.get().kb(), id, new Learning.Confirmation("server.nonsense", null,
                "agent", s.session().state(), null))).isInstanceOf(CaseInputException.class).hasMessageContaining("server.nonsense");
        assertThatThrownBy(() -> learning.confirm(f.live.get().kb(), id, new Learning.Confirmation("server.database",
                "network.config.dns.change", "agent", s.session().state(), null))).isInstanceOf(CaseInputException.class)
                .hasMessageContaining("not a solution step of server.database");
        assertThat(learning.latest().version()).isZero();
    }

    @Test
    void the_estimate_is_the_knowledge_base_prior_without_cases_and_tends_to_the_observed_share() {
        Map<String, Double> kb = Map.of("a", 3.0, "b", 1.0);
        assertThat(PriorEstimator.estimate(kb, Map.of(), 50).get("a")).isCloseTo(0.75, within(1e-12));
        Map<String, Double> many = PriorEstimator.estimate(kb, Map.of("b", 100_000), 50);
        assertThat(many.get("b")).isGreaterThan(0.99);
        assertThat(many.get("a")).isPositive();
        assertThat(many.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    }
}
