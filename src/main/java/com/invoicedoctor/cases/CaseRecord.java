package com.invoicedoctor.cases;

import java.time.Instant;

/**
 * A case as staff see it: the session's latest diagnosis and the helpdesk's own bookkeeping.
 *
 * @param code            the hand-off code, null until the customer asked for an agent
 * @param interview       the interview's outcome (asking, confident, exhausted, fixed, escalate)
 * @param topCause        the leading cause of the latest diagnosis
 * @param questions       answers given so far (each asked question, "unknown" included)
 * @param kbVersion       the knowledge-base version of the latest diagnosis
 * @param priorVersion    the learned-prior version of the latest diagnosis
 * @param diagnosedCause  the leading cause when the case was confirmed (for top-1 accuracy)
 */
public record CaseRecord(String sessionId, String code, CaseStatus status, String audience, String lang, String agent,
                         String interview, String topCause, Double topConfidence, int questions, String endpoint,
                         boolean probeFailed, String kbVersion, int priorVersion, Instant handedOff,
                         String confirmedCause, String fixedStep, String confirmedBy, Instant confirmedAt,
                         String diagnosedCause, Instant created, Instant updated, Instant resolvedAt) {

    /** Whether an agent confirmed the actual cause. */
    public boolean confirmed() {
        return confirmedCause != null;
    }
}
