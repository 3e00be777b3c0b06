package com.invoicedoctor.engine;

/**
 * The reported outcome of trying a solution step: evidence about the step's cause.
 *
 * @param step    the solution step id
 * @param cause   the cause the step belongs to
 * @param kind    fix or workaround
 * @param outcome fixed or failed
 * @param share   how much of its cause's faults the step removes (0–1): a step that removes only some of them
 *                and did not help speaks less against its cause
 */
public record Repair(String step, String cause, String kind, String outcome, double share) {

    public Repair(String step, String cause, String kind, String outcome) {
        this(step, cause, kind, outcome, "workaround".equals(kind) ? 0.5 : 1.0);
    }

    public static final String FIXED = "fixed";
    public static final String FAILED = "failed";
}
