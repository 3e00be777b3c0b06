package com.invoicedoctor.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Question.Audience;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnsTest {
    private final KnowledgeBase kb = Fixture.fixture();
    private final Interviewer interviewer = new Interviewer(new Reasoner(kb));

    @Test
    void a_state_seen_before_gets_the_same_turn_without_choosing_again() {
        Turns turns = new Turns(interviewer, 100);
        CaseState state = CaseState.start(Audience.helpdesk);
        Turn first = turns.of(state, Lang.en);
        assertThat(turns.of(CaseState.start(Audience.helpdesk), Lang.en)).isSameAs(first);
        assertThat(turns.of(state, Lang.zh)).isNotSameAs(first);
    }

    @Test
    void every_answer_to_the_question_asked_has_its_turn_ready_and_it_is_the_turn_the_interviewer_chooses() {
        Turns turns = new Turns(interviewer, 100);
        CaseState state = CaseState.start(Audience.helpdesk);
        Turn turn = turns.of(state, Lang.en);
        Question q = turn.question();
        assertThat(q.options()).isNotEmpty();
        List<Runnable> queued = new ArrayList<>();
        turns.ahead(state, turn, Lang.en, queued::add);
        assertThat(queued).hasSize(q.options().size() + 1);
        assertThat(turns.ready(state.answer(q.id(), q.options().get(0).value()), Lang.en)).isFalse();
        queued.forEach(Runnable::run);
        List<String> answers = new ArrayList<>(q.options().stream().map(Question.Option::value).toList());
        answers.add(Facts.UNKNOWN);
        for (String answer : answers) {
            CaseState next = state.answer(q.id(), answer);
            assertThat(turns.ready(next, Lang.en)).as(answer).isTrue();
            Turn prepared = turns.of(next, Lang.en);
            Turn chosen = interviewer.next(next, Lang.en);
            assertThat(prepared.outcome()).isEqualTo(chosen.outcome());
            assertThat(prepared.question() == null ? null : prepared.question().id())
                    .isEqualTo(chosen.question() == null ? null : chosen.question().id());
            assertThat(prepared.assessment().top().cause()).isEqualTo(chosen.assessment().top().cause());
        }
    }

    @Test
    void nothing_is_prepared_when_the_interview_is_done() {
        Turns turns = new Turns(interviewer, 100);
        CaseState state = CaseState.start(Audience.helpdesk);
        Turn asking = turns.of(state, Lang.en);
        Turn done = new Turn(asking.assessment(), null, null, true, Turn.Outcome.exhausted, asking.steps(), List.of());
        List<Runnable> queued = new ArrayList<>();
        turns.ahead(state, done, Lang.en, queued::add);
        assertThat(queued).isEmpty();
    }
}
