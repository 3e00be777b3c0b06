package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSessionTest {
    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    @Test
    void what_ifs_change_each_score_exactly_as_adding_the_fact_does_and_leave_the_session_as_it_was() {
        int compared = 0;
        for (Scenario s : kb.scenarios()) {
            List<Observation> facts = Facts.parse(s.facts(), kb, Observation.Source.answer, s.id());
            List<Observation> known = facts.subList(0, facts.size() / 2);
            try (RuleSession session = reasoner.open(known)) {
                Assessment before = session.assess();
                for (Observation extra : facts.subList(facts.size() / 2, facts.size())) {
                    // every value of the observation in turn, as the question choice asks them
                    List<Observation> values = kb.observation(extra.id()).map(ObservationDef::values).orElseThrow().stream()
                            .map(v -> Observation.of(extra.id(), v, extra.source(), "what-if")).toList();
                    List<Observation> tried = values.isEmpty() ? List.of(extra) : values;
                    List<double[]> changes = session.whatIf("what-if", tried);
                    for (int t = 0; t < tried.size(); t++) {
                        List<Observation> with = new ArrayList<>(known);
                        with.add(tried.get(t));
                        Assessment after = reasoner.assess(with);
                        for (int i = 0; i < changes.get(t).length; i++) {
                            String cause = session.causes().get(i);
                            assertThat(before.of(cause).orElseThrow().score() + changes.get(t)[i])
                                    .as("%s: %s after %s=%s", s.id(), cause, extra.id(), tried.get(t).value())
                                    .isCloseTo(after.of(cause).orElseThrow().score(), within(1e-9));
                        }
                        compared++;
                    }
                }
                assertThat(session.assess().ranking()).isEqualTo(before.ranking());
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }
}
