package com.invoicedoctor.interview;

import com.invoicedoctor.knowledge.SolutionStep;

/**
 * A solution step offered to try next.
 *
 * @param efficiency probability that it removes the fault per minute spent (the ordering key)
 * @param tried      fixed, failed, or null when not tried yet
 */
public record OfferedStep(String cause, SolutionStep step, double causeConfidence, double efficiency, String tried) {
}
