package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonerTest {
    private final KnowledgeBase kb = Fixture.fixture();
    private final Reasoner reasoner = new Reasoner(kb);

    private static Observation fact(String id, String value) {
        return Observation.answered(id, value);
    }

    @Test
    void a_recent_update_with_others_affected_ranks_server_software_first() {
        Assessment a = reasoner.assess(List.of(fact("scope.others-affected", "yes"), fact("net.other-sites-work", "yes"),
                fact("server.recent-update", "yes")));
        assertThat(a.top().cause()).isEqualTo("server.software");
        assertThat(a.findings()).extracting(Finding::id).contains("finding.server-side");
    }

    @Test
    void evidence_for_a_rival_lowers_the_leader() {
        List<Observation> base = List.of(fact("scope.others-affected", "yes"), fact("net.other-sites-work", "yes"),
                fact("server.recent-update", "yes"));
        double before = reasoner.assess(base).confidence("server.software");
        List<Observation> withRival = new java.util.ArrayList<>(base);
        withRival.add(fact("server.power-cut", "yes"));
        double after = reasoner.assess(withRival).confidence("server.software");
        assertThat(after).isLessThan(before);
    }

    @Test
    void a_slow_lookup_derives_the_same_finding_as_a_failed_one() {
        Assessment a = reasoner.assess(List.of(Observation.of("net.dns.ms", "900", Observation.Source.probe, "dns probe")));
        assertThat(a.top().cause()).isEqualTo("network.config.dns");
        assertThat(a.top().evidence()).extracting(Evidence::rule).containsExactly("broken name resolution points to DNS");
    }

    @Test
    void a_finding_reached_two_ways_counts_once() {
        Assessment a = reasoner.assess(List.of(fact("net.dns.resolves", "no"),
                Observation.of("net.dns.ms", "900", Observation.Source.probe, "dns probe")));
        assertThat(a.of("network.config.dns").orElseThrow().evidence()).hasSize(1);
    }

    @Test
    void replacing_an_answer_retracts_what_the_old_one_caused() {
        try (RuleSession session = reasoner.open(List.of(fact("net.dns.resolves", "no")))) {
            assertThat(session.assess().top().cause()).isEqualTo("network.config.dns");
            session.put(fact("net.dns.resolves", "yes"));
            Assessment changed = session.assess();
            assertThat(changed.findings()).isEmpty();
            assertThat(changed.confidence("network.config.dns")).isLessThan(0.1);
        }
    }

    @Test
    void the_explanation_names_the_rule_in_the_readers_language_and_the_facts_behind_it() {
        Assessment a = reasoner.assess(List.of(fact("net.dns.resolves", "no")));
        Diagnosis zh = new DiagnosisPresenter(kb).present(a, Lang.zh, 3).get(0);
        assertThat(zh.title()).isEqualTo("DNS 故障");
        assertThat(zh.because()).extracting(Diagnosis.Reason::text).containsExactly("解析有问题,指向 DNS");
        assertThat(zh.because().get(0).facts()).extracting(Diagnosis.Fact::id).containsExactly("net.dns.resolves");
        Diagnosis en = new DiagnosisPresenter(kb).present(a, Lang.en, 3).get(0);
        assertThat(en.because()).extracting(Diagnosis.Reason::text).containsExactly("broken name resolution points to DNS");
        assertThat(en.solutions()).extracting(Diagnosis.Step::id).containsExactly("network.config.dns.change");
    }

    @Test
    void no_facts_ranks_by_prior_alone() {
        Assessment a = reasoner.assess(List.of());
        assertThat(a.ranking()).allSatisfy(r -> assertThat(r.confidence()).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-9)));
    }
}
