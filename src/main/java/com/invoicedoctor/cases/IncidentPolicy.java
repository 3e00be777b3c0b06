package com.invoicedoctor.cases;

import java.time.Duration;
import java.util.Set;

/**
 * When many sessions make an incident.
 *
 * @param window        how far back sessions count (by the time of their latest diagnosis)
 * @param threshold     sessions needed: at this many an incident opens, below it none does
 * @param minConfidence a session counts for a cause only when its leading cause has at least this confidence
 * @param families      cause families that sit on the server side (a crowd there means the server, not the callers)
 * @param serverChecks  the server's own latest checks of an endpoint, within the window, that must all fail before
 *                      customers see an endpoint incident nobody on the staff has confirmed
 */
public record IncidentPolicy(Duration window, int threshold, double minConfidence, Set<String> families,
                             int serverChecks) {

    public IncidentPolicy {
        if (threshold < 2) {
            throw new IllegalArgumentException("an incident needs a threshold of at least 2 sessions, not " + threshold);
        }
        if (serverChecks < 1) {
            throw new IllegalArgumentException("a public endpoint incident needs at least 1 failing server check");
        }
        families = Set.copyOf(families);
    }

    /**
     * 5 sessions within 15 minutes, each at least 50% sure of a server, transport or platform cause; shown to
     * customers when the server's own 2 latest checks of the endpoint fail, or when staff confirm.
     */
    public static IncidentPolicy defaults() {
        return new IncidentPolicy(Duration.ofMinutes(15), 5, 0.5, Set.of("server", "transport", "platform"), 2);
    }
}
