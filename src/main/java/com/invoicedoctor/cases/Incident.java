package com.invoicedoctor.cases;

import java.time.Instant;

/**
 * A known problem many sessions point to at once.
 *
 * @param kind     "cause" (sessions diagnose the same server-side cause) or "endpoint" (probes of it fail)
 * @param subject  the cause id or the endpoint
 * @param sessions sessions within the window at the last scan that saw the threshold reached
 */
public record Incident(long id, String kind, String subject, int sessions, Instant opened, Instant lastSeen,
                       Instant closed, String closedBy) {

    /** Whether customers and agents still see it. */
    public boolean open() {
        return closed == null;
    }
}
