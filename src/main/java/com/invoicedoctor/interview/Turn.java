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
 * @param left     how many more questions the interview expects before it offers steps (0 when done)
 */
public record Turn(Assessment assessment, Question question, String why, boolean done, Outcome outcome,
                   List<OfferedStep> steps, List<Pivot> pivots, QuestionsLeft left) {

    public Turn(Assessment assessment, Question question, String why, boolean done, Outcome outcome,
                List<OfferedStep> steps, List<Pivot> pivots) {
        this(assessment, question, why, done, outcome, steps, pivots, QuestionsLeft.NONE);
    }

    /**
     * An honest estimate of the questions still to come: from {@code low} to {@code high}; {@code capped} when a
     * step that did not help limits them (at most that many before new steps).
     */
    public record QuestionsLeft(int low, int high, boolean capped) {
        public static final QuestionsLeft NONE = new QuestionsLeft(0, 0, false);
    }

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
