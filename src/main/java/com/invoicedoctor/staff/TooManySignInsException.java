package com.invoicedoctor.staff;

import java.time.Duration;

/** A sign-in refused before its password was checked, because its account or address must wait (429 + Retry-After). */
public final class TooManySignInsException extends RuntimeException {
    private final Duration wait;

    TooManySignInsException(Duration wait) {
        super("too many sign-in attempts; try again in " + seconds(wait) + " s");
        this.wait = wait;
    }

    /** Whole seconds until the next attempt may be made, at least 1 (the Retry-After value). */
    public long retryAfterSeconds() {
        return seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
