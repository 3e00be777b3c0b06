package com.invoicedoctor.interview;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.knowledge.Question;
import java.util.List;

/**
 * Where the interview stands after the latest input.
 *
 * @param question the next question, or null when done
 * @param why      why this question is asked: which hypotheses it separates
 * @param done     no more questions: either confident, out of useful questions, fixed or to escalate
 * @param outcome  asking, confident, exhausted, fixed or escalate
 * @param steps    solution steps in the order to try them
 * @param pivots   per leading cause (in ranking order), the answer that would change it most
 */
public record Turn(Assessment assessment, Question question, String why, boolean done, Outcome outcome,
                   List<OfferedStep> steps, List<Pivot> pivots) {

    /** Why the interview stands where it does. */
    public enum Outcome { asking, confident, exhausted, fixed, escalate }

    /**
     * The one answer that would most change a cause's confidence.
     *
     * @param confidenceIfSo the cause's confidence after that answer
     * @param leaderIfSo     the leading cause after that answer
     */
    public record Pivot(String cause, Question question, String answer, double confidenceIfSo, String leaderIfSo) {
    }
}
