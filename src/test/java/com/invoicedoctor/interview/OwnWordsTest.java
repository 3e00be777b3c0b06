package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interview hears the person first, and asks less of a person who cannot answer. */
class OwnWordsTest {
    private static final KnowledgeBase KB = Fixture.product();
    private final Interviewer interviewer = new Interviewer(new Reasoner(KB));

    private static Observation told(String id, String value) {
        return Observation.of(id, value, Observation.Source.description, "“…”");
    }

    @Test
    void when_the_first_words_stated_little_the_first_question_asks_for_more_in_the_audiences_wording() {
        CaseState vague = CaseState.start(Audience.customer).collect(List.of(told("net.other-sites-work", "yes")));
        assertThat(interviewer.next(vague, Lang.zh).question().id()).isEqualTo("tell-more");
        assertThat(interviewer.next(CaseState.start(Audience.helpdesk), Lang.zh).question().id()).isEqualTo("hd-tell-more");
    }

    @Test
    void it_is_not_asked_when_the_words_already_said_enough_nor_after_another_answer() {
        CaseState rich = CaseState.start(Audience.customer).collect(List.of(told("net.other-sites-work", "yes"),
                told("scope.other-pcs-fail", "no"), told("setup.channel", "device-client"), told("timing.month-end", "yes"),
                told("symptom.slow", "yes")));
        CaseState symptomsOnly = CaseState.start(Audience.customer).collect(List.of(told("symptom.slow", "yes"),
                told("timing.pattern", "intermittent"), told("symptom.stage", "submit")));
        assertThat(interviewer.next(symptomsOnly, Lang.en).question().id()).isEqualTo("tell-more");
        assertThat(interviewer.next(rich, Lang.en).question().id()).isNotEqualTo("tell-more");
        CaseState answered = CaseState.start(Audience.customer).answer("other-pcs-fail", "no");
        assertThat(interviewer.next(answered, Lang.en).question().id()).isNotEqualTo("tell-more");
    }

    @Test
    void own_words_are_never_a_fact_the_rules_see_and_never_asked_twice() {
        CaseState state = CaseState.start(Audience.customer).answer("tell-more", "昨天换了路由器");
        assertThat(interviewer.observations(state)).extracting(Observation::id).doesNotContain("case.told");
        assertThat(interviewer.next(state, Lang.zh).question().id()).isNotEqualTo("tell-more");
    }

    @Test
    void a_caller_who_cannot_answer_is_expected_to_answer_less_and_one_who_can_more() {
        CaseState start = CaseState.start(Audience.customer).answer("tell-more", "unknown");
        CaseState blank = start;
        CaseState knowing = start;
        for (String q : List.of("other-pcs-fail", "other-sites-work", "password-message", "comes-and-goes")) {
            blank = blank.answer(q, "unknown");
        }
        knowing = knowing.answer("other-pcs-fail", "no").answer("other-sites-work", "yes")
                .answer("password-message", "none").answer("comes-and-goes", "no");
        assertThat(interviewer.caller(blank)).isLessThan(0.5);
        assertThat(interviewer.caller(knowing)).isGreaterThan(1.5);
    }

    @Test
    void an_interview_with_someone_who_knows_nothing_ends_within_eight_questions() {
        List<String> asked = new ArrayList<>();
        CaseState state = CaseState.start(Audience.customer);
        for (Turn t = interviewer.next(state, Lang.zh); !t.done(); t = interviewer.next(state, Lang.zh)) {
            asked.add(t.question().id());
            state = state.answer(t.question().id(), "unknown");
        }
        assertThat(asked).hasSizeLessThanOrEqualTo(8).startsWith("tell-more");
    }
}
