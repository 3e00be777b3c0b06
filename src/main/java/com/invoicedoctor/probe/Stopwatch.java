package com.invoicedoctor.probe;

/** Measures elapsed milliseconds from its creation. */
final class Stopwatch {
    private final long start = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    long ms() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    double exactMs() {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
