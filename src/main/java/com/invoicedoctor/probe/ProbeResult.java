package com.invoicedoctor.probe;

/**
 * One probe's outcome as shown to people.
 *
 * @param name    the probe ("dns", "tcp", "tls", "http", "samples", "proxy", "local", "clock")
 * @param status  ok, warn, fail, timeout or skipped
 * @param summary what was measured, in one line (English, technical)
 * @param ms      how long the probe ran
 */
public record ProbeResult(String name, ProbeStatus status, String summary, long ms) {

    static ProbeResult skipped(String name, String why) {
        return new ProbeResult(name, ProbeStatus.skipped, why, 0);
    }
}
