package com.invoicedoctor.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A known problem many sessions point to at once.
 *
 * @param kind        "cause" (sessions diagnose the same server-side cause) or "endpoint" (checks of it fail)
 * @param subject     the cause id or the endpoint
 * @param sessions    sessions within the window at the last scan that saw the threshold reached
 * @param evidence    {@link #REPORTS} (what visitors answered, pasted or their browsers reported: anyone can send
 *                    that) or {@link #SERVER_CHECKS} (the server's own checks of the endpoint fail)
 * @param confirmedBy the staff member who confirmed it; null until someone does
 */
public record Incident(long id, String kind, String subject, int sessions, Instant opened, Instant lastSeen,
                       Instant closed, String closedBy, String evidence, String confirmedBy, Instant confirmedAt) {

    /** Evidence anyone can send. */
    public static final String REPORTS = "reports";
    /** Evidence only the server produces. */
    public static final String SERVER_CHECKS = "server_checks";

    /** Whether agents still see it. */
    public boolean open() {
        return closed == null;
    }

    /**
     * Whether customers see its banner: only while open and either confirmed by staff or shown by the server's own
     * checks. An incident raised by reports alone is suspected: staff see it, customers do not.
     */
    @JsonProperty("shownToCustomers")
    public boolean shownToCustomers() {
        return open() && (confirmedBy != null || SERVER_CHECKS.equals(evidence));
    }
}
