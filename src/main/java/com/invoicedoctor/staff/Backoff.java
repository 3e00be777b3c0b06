package com.invoicedoctor.staff;

import java.time.Duration;

/**
 * How long a key waits after its attempts in a row that did not sign in: not at all for the first {@code free - 1},
 * then {@code first}, doubling with every further attempt up to {@code max}. A growing wait, never a lock.
 */
public record Backoff(int free, Duration first, Duration max) {

    public Backoff {
        if (free < 1 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs free >= 1 and 0 < first <= max");
        }
    }

    /** The wait after this many attempts in a row. */
    public Duration after(int attempts) {
        if (attempts < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - free, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
