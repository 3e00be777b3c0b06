package com.invoicedoctor.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interviewer's turns for recently seen case states, and for the states a case is about to reach.
 *
 * <p>A turn depends only on the case state and the language, so the page after a form's redirect, a reload, or two
 * sessions that stand at the same place never choose the next question twice. And while a person reads a question
 * and thinks (seconds, against milliseconds to choose), the server works out the turn for each answer they can give
 * ({@link #ahead}), so that the answer, when it comes, finds its next question ready.
 */
final class Turns {
    private static final Logger LOG = LoggerFactory.getLogger(Turns.class);

    private record Key(CaseState state, Lang lang) {
    }

    private final Interviewer interviewer;
    private final Cache<Key, Turn> turns;

    Turns(Interviewer interviewer, int capacity) {
        this.interviewer = interviewer;
        this.turns = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** The turn for a case state: remembered, or chosen now (a caller asking for a state being chosen waits for it). */
    Turn of(CaseState state, Lang lang) {
        return turns.get(new Key(state, lang), k -> interviewer.next(k.state(), k.lang()));
    }

    /** Whether the turn for a case state is ready, without choosing it. */
    boolean ready(CaseState state, Lang lang) {
        return turns.getIfPresent(new Key(state, lang)) != null;
    }

    /**
     * Works out, on {@code idle}, the turn after each answer to the question this turn asks (its options and
     * "unknown"); a numeric question's answers are too many to guess.
     */
    void ahead(CaseState state, Turn turn, Lang lang, Executor idle) {
        Question q = turn.question();
        if (turn.done() || q == null || q.options().isEmpty()) {
            return;
        }
        for (Question.Option option : q.options()) {
            idle.execute(() -> prepare(state.answer(q.id(), option.value()), lang));
        }
        idle.execute(() -> prepare(state.answer(q.id(), Facts.UNKNOWN), lang));
    }

    private void prepare(CaseState state, Lang lang) {
        try {
            of(state, lang);
        } catch (RuntimeException e) {
            // only a guess at what comes next: the real answer will choose its turn itself and report any error
            LOG.debug("could not prepare a turn ahead: {}", e.getMessage());
        }
    }
}
