package com.invoicedoctor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Tells the person at the terminal that a long command is still working: on standard error (so that standard output
 * stays clean for --json and pipes), nothing for the first two seconds, then a line every two seconds and one at the end.
 */
final class Progress implements AutoCloseable {
    /** How long a command may be silent before it says what it is doing. */
    static final long QUIET_MILLIS = 2_000;

    private final PrintWriter err;
    private final String what;
    private final Supplier<String> status;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean spoke;

    private Progress(PrintWriter err, String what, Supplier<String> status) {
        this.err = err;
        this.what = what;
        this.status = status;
    }

    /** Starts reporting on {@code what} ("bench"), with {@code status} saying how far it got ("12 of 40 scenarios"). */
    static Progress start(PrintWriter err, String what, Supplier<String> status) {
        Progress p = new Progress(err, what, status);
        p.timer.scheduleAtFixedRate(p::tick, QUIET_MILLIS, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        return p;
    }

    private void tick() {
        spoke = true;
        err.printf("%s: %s (%d s)%n", what, status.get(), seconds());
        err.flush();
    }

    private long seconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (spoke) {
            err.printf("%s: done in %d s%n", what, seconds());
            err.flush();
        }
    }
}
