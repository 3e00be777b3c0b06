package com.invoicedoctor.engine;

/**
 * The reported outcome of trying a solution step: evidence about the step's cause.
 *
 * @param step    the solution step id
 * @param cause   the cause the step belongs to
 * @param kind    fix or workaround
 * @param outcome fixed or failed
 */
public record Repair(String step, String cause, String kind, String outcome) {
    public static final String FIXED = "fixed";
    public static final String FAILED = "failed";
}
