package com.invoicedoctor.session;

import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One stored session: the case, who it is for, and the bookkeeping around it.
 *
 * @param answerOrder      question ids in the order they were first answered (CaseState keeps no order)
 * @param knowledgeVersion the knowledge-base version the session was started with
 * @param status           the interview's outcome at the last change (asking, confident, exhausted, fixed, escalate)
 * @param version          the optimistic-lock version, raised by one on every change
 */
public record SessionRecord(String id, Audience audience, Lang lang,
                            String knowledgeVersion, String status, CaseState state, List<String> answerOrder,
                            String notes, SessionChecks checks, Instant created, Instant updated, int version) {

    public SessionRecord {
        answerOrder = List.copyOf(answerOrder);
        checks = checks == null ? SessionChecks.NONE : checks;
        notes = notes == null ? "" : notes;
    }

    /** The answers in the order given: question id and value. */
    public List<Map.Entry<String, String>> answered() {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (String q : answerOrder) {
            String value = state.answers().get(q);
            if (value != null) {
                list.add(Map.entry(q, value));
            }
        }
        state.answers().forEach((q, v) -> {
            if (!answerOrder.contains(q)) {
                list.add(Map.entry(q, v));
            }
        });
        return list;
    }

    /** This session with a new case; a first answer to a question is appended to the order. */
    public SessionRecord withState(CaseState next) {
        List<String> order = new ArrayList<>(answerOrder);
        next.answers().keySet().stream().filter(q -> !order.contains(q)).sorted().forEach(order::add);
        order.removeIf(q -> !next.answers().containsKey(q));
        return new SessionRecord(id, audience, lang, knowledgeVersion, status, next, order, notes, checks, created, updated, version);
    }

    /** This session with the interview's new status. */
    public SessionRecord withStatus(String next) {
        return new SessionRecord(id, audience, lang, knowledgeVersion, next, state, answerOrder, notes, checks, created, updated, version);
    }

    /** This session with new case notes. */
    public SessionRecord withNotes(String next) {
        return new SessionRecord(id, audience, lang, knowledgeVersion, status, state, answerOrder, next, checks, created, updated, version);
    }

    /** This session with new check results. */
    public SessionRecord withChecks(SessionChecks next) {
        return new SessionRecord(id, audience, lang, knowledgeVersion, status, state, answerOrder, notes, next, created, updated, version);
    }

    /** This session as stored: a new time of change and version. */
    SessionRecord stored(Instant at, int newVersion) {
        return new SessionRecord(id, audience, lang, knowledgeVersion, status, state, answerOrder, notes, checks, created, at, newVersion);
    }
}
