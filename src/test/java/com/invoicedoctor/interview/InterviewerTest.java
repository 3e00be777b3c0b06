package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Question.Audience;
import org.junit.jupiter.api.Test;

class InterviewerTest {
    private final KnowledgeBase kb = Fixture.fixture();
    private final Interviewer interviewer = new Interviewer(new Reasoner(kb));

    @Test
    void the_first_question_is_the_one_with_most_information_per_cost() {
        Turn turn = interviewer.next(CaseState.start(Audience.helpdesk), Lang.en);
        assertThat(turn.done()).isFalse();
        try (var session = new Reasoner(kb).open(java.util.List.of())) {
            var askable = kb.questions().stream().filter(q -> q.applies(java.util.Map.of())).toList();
            var ranked = new QuestionChooser(kb).rank(session, session.assess(), askable, java.util.List.of(), java.util.List.of(), 1);
            assertThat(turn.question().id()).isEqualTo(ranked.get(0).question().id());
            assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
            assertThat(ranked.get(0).gain()).isPositive();
        }
        assertThat(turn.why()).isNotBlank().doesNotContain("??");
    }

    /** The questions an interview asks when every answer is "unknown", starting from these facts. */
    private java.util.List<String> askedFrom(CaseState start) {
        java.util.List<String> asked = new java.util.ArrayList<>();
        CaseState state = start;
        for (Turn t = interviewer.next(state, Lang.en); !t.done(); t = interviewer.next(state, Lang.en)) {
            asked.add(t.question().id());
            state = state.answer(t.question().id(), "unknown");
        }
        return asked;
    }

    @Test
    void a_question_whose_precondition_is_not_known_to_hold_is_not_asked() {
        assertThat(askedFrom(CaseState.start(Audience.helpdesk))).doesNotContain("nslookup");
        CaseState sitesWork = CaseState.start(Audience.helpdesk).collect(java.util.List.of(
                com.invoicedoctor.engine.Observation.of("net.other-sites-work", "yes", com.invoicedoctor.engine.Observation.Source.description, "“其他网站都正常”")));
        assertThat(askedFrom(sitesWork)).contains("nslookup");
    }

    @Test
    void a_question_about_a_fact_already_known_from_any_source_is_not_asked() {
        CaseState told = CaseState.start(Audience.helpdesk).collect(java.util.List.of(
                com.invoicedoctor.engine.Observation.of("scope.others-affected", "no", com.invoicedoctor.engine.Observation.Source.description, "“只有我这台”")));
        assertThat(askedFrom(told)).doesNotContain("others-affected");
        CaseState answered = CaseState.start(Audience.helpdesk).answer("other-sites", "yes");
        assertThat(askedFrom(answered)).doesNotContain("other-sites");
    }

    @Test
    void an_unknown_answer_changes_no_confidence_and_is_not_asked_again() {
        CaseState start = CaseState.start(Audience.helpdesk);
        Turn first = interviewer.next(start, Lang.en);
        CaseState after = start.answer(first.question().id(), "unknown");
        Turn second = interviewer.next(after, Lang.en);
        assertThat(second.assessment().ranking()).usingRecursiveComparison().isEqualTo(first.assessment().ranking());
        assertThat(second.question().id()).isNotEqualTo(first.question().id());
    }

    @Test
    void a_changed_answer_recomputes_the_diagnosis() {
        CaseState dns = CaseState.start(Audience.helpdesk).answer("nslookup", "no").answer("others-affected", "no");
        assertThat(interviewer.next(dns, Lang.en).assessment().top().cause()).isEqualTo("network.config.dns");
        CaseState corrected = dns.answer("nslookup", "yes");
        assertThat(interviewer.next(corrected, Lang.en).assessment().confidence("network.config.dns")).isLessThan(0.1);
    }

    @Test
    void the_interview_stops_once_the_top_cause_reaches_the_threshold() {
        CaseState state = CaseState.start(Audience.helpdesk).answer("others-affected", "yes").answer("other-sites", "yes")
                .answer("recent-update", "yes");
        Turn turn = interviewer.next(state, Lang.en);
        assertThat(turn.assessment().top().confidence()).isGreaterThanOrEqualTo(kb.settings().stopThreshold());
        assertThat(turn.done()).isTrue();
        assertThat(turn.outcome()).isEqualTo(Turn.Outcome.confident);
        assertThat(turn.question()).isNull();
        assertThat(turn.steps()).isNotEmpty();
    }

    @Test
    void below_the_threshold_it_keeps_asking() {
        CaseState state = CaseState.start(Audience.helpdesk).answer("others-affected", "yes");
        Turn turn = interviewer.next(state, Lang.en);
        assertThat(turn.assessment().top().confidence()).isLessThan(kb.settings().stopThreshold());
        assertThat(turn.done()).isFalse();
    }

    @Test
    void a_failed_fix_lowers_its_cause_and_the_interview_goes_on() {
        CaseState state = CaseState.start(Audience.helpdesk).answer("others-affected", "yes").answer("other-sites", "yes")
                .answer("recent-update", "yes");
        double before = interviewer.next(state, Lang.en).assessment().confidence("server.software");
        Turn after = interviewer.next(state.repair("server.software.upgrade", "failed"), Lang.en);
        assertThat(after.assessment().confidence("server.software")).isLessThan(before);
        assertThat(after.done()).isFalse();
        assertThat(after.steps()).filteredOn(s -> "server.software.upgrade".equals(s.step().id()))
                .extracting(OfferedStep::tried).containsExactly("failed");
    }

    @Test
    void a_fix_that_worked_ends_the_interview() {
        Turn turn = interviewer.next(CaseState.start(Audience.customer).repair("network.config.dns.change", "fixed"), Lang.en);
        assertThat(turn.done()).isTrue();
        assertThat(turn.outcome()).isEqualTo(Turn.Outcome.fixed);
    }

    @Test
    void customers_are_never_asked_a_helpdesk_question_nor_offered_an_admin_step() {
        CaseState state = CaseState.start(Audience.customer);
        for (int i = 0; i < 10; i++) {
            Turn turn = interviewer.next(state, Lang.zh);
            assertThat(turn.steps()).allSatisfy(s -> assertThat(s.step().who().name()).isEqualTo("customer"));
            if (turn.done()) {
                return;
            }
            assertThat(turn.question().audience()).isEqualTo(Question.Audience.customer);
            state = state.answer(turn.question().id(), "unknown");
        }
    }

    @Test
    void steps_come_cheapest_likely_first() {
        CaseState state = CaseState.start(Audience.helpdesk).answer("others-affected", "yes").answer("other-sites", "yes");
        Turn turn = interviewer.next(state, Lang.en);
        assertThat(turn.steps()).isSortedAccordingTo((a, b) -> Double.compare(b.efficiency(), a.efficiency()));
    }

    @Test
    void an_answer_that_does_not_fit_names_what_would() {
        assertThatThrownBy(() -> interviewer.checkAnswer("nslookup", "maybe"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("answer 'maybe' does not fit question nslookup; expected yes, no, unknown");
        assertThatThrownBy(() -> interviewer.checkAnswer("no-such-question", "yes"))
                .isInstanceOf(InvalidAnswerException.class).matches(e -> ((InvalidAnswerException) e).unknownId());
    }

    @Test
    void each_leading_cause_says_which_answer_would_change_it_most() {
        Turn turn = interviewer.next(CaseState.start(Audience.helpdesk).answer("others-affected", "no"), Lang.en);
        assertThat(turn.pivots()).isNotEmpty();
        Turn.Pivot pivot = turn.pivots().get(0);
        assertThat(pivot.cause()).isEqualTo(turn.assessment().top().cause());
        assertThat(Math.abs(pivot.confidenceIfSo() - turn.assessment().top().confidence())).isGreaterThan(0.05);
    }

    @Test
    void answers_keep_the_order_they_were_given_in() {
        CaseState state = CaseState.start(Audience.helpdesk).answer("power-cut", "no").answer("nslookup", "yes")
                .answer("others-affected", "no").answer("power-cut", "yes");
        assertThat(state.answers().keySet()).containsExactly("power-cut", "nslookup", "others-affected");
        assertThat(state.answers()).containsEntry("power-cut", "yes");
    }

    @Test
    void new_priors_keep_the_remembered_what_ifs_but_other_evidence_weights_do_not() {
        java.util.Map<String, Double> priors = new java.util.HashMap<>(Reasoner.priorsOf(kb));
        priors.replaceAll((cause, p) -> p * 2);
        Interviewer learned = new Interviewer(new Reasoner(kb, priors), interviewer);
        assertThat(learned.sharesWhatIfsWith(interviewer)).isTrue();
        Interviewer hotter = new Interviewer(new Reasoner(kb, priors, 2.0), interviewer);
        assertThat(hotter.sharesWhatIfsWith(interviewer)).isFalse();
    }
}
