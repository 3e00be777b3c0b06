package com.invoicedoctor.web.jetty;

import java.time.Duration;

/**
 * What one client may hold of the server: how long a connection may stay silent, how long and how slowly a request body
 * may arrive, how many connections one address and all addresses together may keep open, and how many threads handle
 * requests. Every value is a {@code serve} option (docs/operations.md).
 *
 * @param idleTimeout    a connection that sends nothing for this long is closed
 * @param bodyTimeout    a request body not complete after this long is answered 408 and its connection closed
 * @param minBodyRate    bytes per second a request body must average once it has taken more than {@link #GRACE}
 * @param perAddress     open connections one client address may hold; more are closed as they are accepted
 * @param maxConnections open connections in all; more wait in the operating system's accept queue
 * @param threads        threads that handle requests (bodies are read before a thread is taken)
 */
public record ConnectionLimits(Duration idleTimeout, Duration bodyTimeout, int minBodyRate, int perAddress,
                               int maxConnections, int threads) {
    /** How long a request body may take before its rate is checked at all. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    public ConnectionLimits {
        positive("idle timeout", idleTimeout);
        positive("request body timeout", bodyTimeout);
        if (minBodyRate < 0) {
            throw new IllegalArgumentException("the minimum request body rate must be 0 (no minimum) or more bytes per second, not "
                    + minBodyRate);
        }
        atLeast("connections per address", perAddress, 1);
        atLeast("connections in all", maxConnections, perAddress);
        atLeast("request threads", threads, 8);
    }

    /** The defaults: 30 s idle, a body within 10 s at 1 KiB/s or faster, 64 connections per address, 10 000 in all, 200 threads. */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 64, 10_000, 200);
    }

    private static void positive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be longer than zero, not " + d);
        }
    }

    private static void atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("the " + what + " must be at least " + min + ", not " + value);
        }
    }
}
