package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSessionTest {
    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    @Test
    void a_what_if_changes_each_score_exactly_as_adding_the_fact_does_and_leaves_the_session_as_it_was() {
        int compared = 0;
        for (Scenario s : kb.scenarios()) {
            List<Observation> facts = Facts.parse(s.facts(), kb, Observation.Source.answer, s.id());
            List<Observation> known = facts.subList(0, facts.size() / 2);
            try (RuleSession session = reasoner.open(known)) {
                Assessment before = session.assess();
                for (Observation extra : facts.subList(facts.size() / 2, facts.size())) {
                    double[] change = session.whatIf("what-if", extra);
                    List<Observation> with = new java.util.ArrayList<>(known);
                    with.add(extra);
                    Assessment after = reasoner.assess(with);
                    for (int i = 0; i < change.length; i++) {
                        String cause = session.causes().get(i);
                        assertThat(before.of(cause).orElseThrow().score() + change[i])
                                .as("%s: %s after %s", s.id(), cause, extra.id())
                                .isCloseTo(after.of(cause).orElseThrow().score(), within(1e-9));
                    }
                    compared++;
                }
                assertThat(session.assess().ranking()).isEqualTo(before.ranking());
            }
        }
        assertThat(compared).isGreaterThan(500);
    }
}
