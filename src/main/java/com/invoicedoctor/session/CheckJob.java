package com.invoicedoctor.session;

import java.time.Duration;
import java.time.Instant;

/**
 * A run of the server's probes for one session, as seen while it runs and after.
 *
 * @param finished null while it runs
 * @param error    why it failed, null when it did not
 */
public record CheckJob(String session, String endpoint, String target, Instant started, Instant finished, String error) {

    /** Whether the probes are still running. */
    public boolean running() {
        return finished == null;
    }

    /** Share of the time budget used so far, 0 to 1 (the probes end within the budget). */
    public double progress(Instant now) {
        if (!running()) {
            return 1;
        }
        double spent = Duration.between(started, now).toMillis();
        return Math.min(0.97, spent / Checks.BUDGET.toMillis());
    }

    CheckJob done(Instant at, String failure) {
        return new CheckJob(session, endpoint, target, started, at, failure);
    }
}
