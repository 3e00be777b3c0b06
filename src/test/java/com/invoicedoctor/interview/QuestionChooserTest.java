package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.engine.RuleSession;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

class QuestionChooserTest {
    private final KnowledgeBase kb = Fixture.product();
    private final Reasoner reasoner = new Reasoner(kb);

    /** Gains of every question for the first n facts of each scenario, with one chooser that remembers what-ifs. */
    private List<List<String>> gains(QuestionChooser shared, int n, double scale) {
        List<List<String>> all = new ArrayList<>();
        for (Scenario s : kb.scenarios()) {
            List<Observation> facts = Facts.parse(s.facts(), kb, Observation.Source.answer, s.id()).stream()
                    .map(o -> o.number() == null ? o : Observation.of(o.id(), String.valueOf(o.number() * scale), o.source(), o.detail()))
                    .toList();
            List<Observation> known = facts.subList(0, Math.min(n, facts.size()));
            QuestionChooser chooser = shared == null ? new QuestionChooser(kb) : shared;
            try (RuleSession session = reasoner.open(known)) {
                all.add(chooser.rank(session, session.assess(), kb.questions(), known, List.of(), 1).stream()
                        .map(c -> c.question().id() + "=" + c.gain()).toList());
            }
        }
        return all;
    }

    @Test
    @Tag("slow") // about 10 s on an idle machine: every question's what-ifs twice, on the product's knowledge
    void a_remembered_what_if_gives_the_same_choice_as_asking_the_rules_again() {
        QuestionChooser shared = new QuestionChooser(kb);
        for (int n : new int[] {0, 4, 12}) {
            assertThat(gains(shared, n, 1)).as("first %d facts", n).isEqualTo(gains(null, n, 1));
        }
        // other measured numbers: the same band of the rules' thresholds reuses a what-if, another band does not
        for (double scale : new double[] {0.5, 0.97, 1.03, 3}) {
            assertThat(gains(shared, 99, scale)).as("numbers x %s", scale).isEqualTo(gains(null, 99, scale));
        }
    }

    @Test
    void a_fact_matters_to_the_questions_whose_rules_see_it() {
        WhatIfContext context = new WhatIfContext(kb);
        // "other websites open" counts differently for a company with its own invoicing server
        assertThat(context.matters("net.other-sites-work", "setup.channel")).isTrue();
        // a dead gateway derives "the PC's network is down": whether that finding is already there matters,
        // not which answer derived it
        assertThat(context.matters("net.gateway.reachable", "finding.local-network")).isTrue();
        assertThat(context.matters("net.gateway.reachable", "net.other-sites-work")).isFalse();
        assertThat(context.matters("net.gateway.reachable", "server.cpu-hot")).isFalse();
    }
}
