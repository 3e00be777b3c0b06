package com.invoicedoctor.interview;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Question.Audience;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one case: who is being asked, the answers in the order given
 * (question id to value, "unknown" included), facts collected by probes or read from error texts,
 * and the outcome of solution steps tried (step id to fixed/failed).
 *
 * @param answersAtRepair how many answers had been given when the latest step was reported: after a step that did
 *                        not help, the interview asks a few more questions counted from there, then offers new steps
 */
public record CaseState(Audience audience, Map<String, String> answers, Map<String, Observation> collected,
                        Map<String, String> repairs, int answersAtRepair) {

    public CaseState(Audience audience, Map<String, String> answers, Map<String, Observation> collected,
                     Map<String, String> repairs) {
        this(audience, answers, collected, repairs, 0);
    }

    public CaseState {
        answersAtRepair = Math.max(0, Math.min(answersAtRepair, answers.size()));
        // insertion order matters: answers are listed, and "back" goes to, in the order they were given
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        collected = Collections.unmodifiableMap(new LinkedHashMap<>(collected));
        repairs = Collections.unmodifiableMap(new LinkedHashMap<>(repairs));
    }

    /** A new case with nothing known yet. */
    public static CaseState start(Audience audience) {
        return new CaseState(audience, Map.of(), Map.of(), Map.of());
    }

    /** This case with an answer given or changed. */
    public CaseState answer(String question, String value) {
        Map<String, String> next = new LinkedHashMap<>(answers);
        next.put(question, value);
        return new CaseState(audience, next, collected, repairs, answersAtRepair);
    }

    /** This case with collected facts added (a later fact replaces an earlier one with the same id). */
    public CaseState collect(List<Observation> facts) {
        Map<String, Observation> next = new LinkedHashMap<>(collected);
        facts.forEach(o -> next.put(o.id(), o));
        return new CaseState(audience, answers, next, repairs, answersAtRepair);
    }

    /** This case with the outcome of a solution step. */
    public CaseState repair(String step, String outcome) {
        Map<String, String> next = new LinkedHashMap<>(repairs);
        next.put(step, outcome);
        return new CaseState(audience, answers, collected, next, answers.size());
    }
}
