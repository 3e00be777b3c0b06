package com.invoicedoctor.cases;

import java.time.Instant;

/**
 * What a session's latest change tells the case list: its diagnosis, how far the interview got, which endpoint
 * its probes reached, and with which knowledge it was diagnosed.
 *
 * @param probeFailed       whether any check of the endpoint failed: the server's, or what the browser reported
 * @param serverCheckAt     when the server itself last checked the endpoint; null when it never did
 * @param serverCheckFailed whether that check found the endpoint failing (DNS, TCP, TLS or HTTP)
 * @param sessionVersion    the session's own row version; an older version never overwrites a newer one
 * @param facts             facts stated or collected (what a text merely resembles left out)
 */
public record SessionOutcome(String sessionId, String audience, String lang, String interview, String topCause,
                             String topFamily, Double topConfidence, int questions, String endpoint,
                             boolean probeFailed, Instant serverCheckAt, boolean serverCheckFailed, String kbVersion,
                             int priorVersion, int sessionVersion, Instant created, int facts) {

    /** An outcome that counts no facts. */
    public SessionOutcome(String sessionId, String audience, String lang, String interview, String topCause,
                          String topFamily, Double topConfidence, int questions, String endpoint,
                          boolean probeFailed, Instant serverCheckAt, boolean serverCheckFailed, String kbVersion,
                          int priorVersion, int sessionVersion, Instant created) {
        this(sessionId, audience, lang, interview, topCause, topFamily, topConfidence, questions, endpoint, probeFailed,
                serverCheckAt, serverCheckFailed, kbVersion, priorVersion, sessionVersion, created, 0);
    }
}
