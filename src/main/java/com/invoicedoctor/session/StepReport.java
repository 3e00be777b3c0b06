package com.invoicedoctor.session;

import java.time.Instant;

/**
 * A person's report that a solution step fixed the fault or did not help, and when.
 *
 * @param outcome fixed or failed
 */
public record StepReport(String step, String outcome, Instant at) {
}
