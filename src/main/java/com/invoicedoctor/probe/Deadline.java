package com.invoicedoctor.probe;

import java.time.Duration;

/** A point in time that every probe of one run must finish by. */
record Deadline(long endNanos) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** Time left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** A socket timeout in ms: the probe's own cap or the time left, whichever is shorter, at least 1 ms. */
    int millis(Duration cap) {
        return (int) Math.max(1, Math.min(cap.toMillis(), remaining().toMillis()));
    }

    boolean passed() {
        return System.nanoTime() >= endNanos;
    }
}
