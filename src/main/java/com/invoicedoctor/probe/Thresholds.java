package com.invoicedoctor.probe;

/**
 * Published thresholds the probes judge their measurements by. The same figures appear, with their
 * sources, in rules/measurements.drl and docs/probes.md (the observations they set are in
 * knowledge-base/observations/probes.yaml).
 */
final class Thresholds {
    /**
     * DNS latency above 400 ms is "slightly above threshold", above 500 ms "significantly above":
     * ChromeOS network diagnostics, chrome/browser/ash/net/network_diagnostics/network_diagnostics_util.h
     * (kDnsPotentialProblemLatencyMs, kDnsProblemLatencyMs) as used by dns_latency_routine.cc.
     */
    static final int DNS_SLOW_MS = 400;
    static final int DNS_VERY_SLOW_MS = 500;

    /**
     * HTTPS request latency with a median above 500 ms is high, above 1000 ms very high: ChromeOS
     * network diagnostics, https_latency_routine.cc (kHighLatency, kVeryHighLatency).
     */
    static final int HTTPS_SLOW_MS = 500;
    static final int HTTPS_VERY_SLOW_MS = 1000;

    /**
     * Fewer than 80% of lookups succeeding is a DNS problem; more than 20% of connections failing after
     * names resolve is a firewall (all fail) or a potential firewall (some fail): ChromeOS network
     * diagnostics, http_firewall_routine.cc (kDnsResolutionSuccessRateThreshold,
     * kSocketConnectionFailureRateThreshold).
     */
    static final double DNS_SUCCESS_RATE = 0.8;
    static final double CONNECT_FAILURE_RATE = 0.2;

    /**
     * Round trips above 300 ms are high: ITU-T G.114 (05/2003) finds one-way delays up to 150 ms acceptable
     * for most interactive use, so a round trip over twice that is noticeable. ITU-T Y.1541 bounds delay
     * variation (jitter) at 50 ms for its interactive classes 0 and 1.
     */
    static final int RTT_HIGH_MS = 300;
    static final int JITTER_HIGH_MS = 50;

    /**
     * The tax server tolerates a clock gap under 30 minutes before it asks for calibration (reply 99800011
     * in a tax-device library, field-knowledge S7); TLS and signed requests fail well before a day.
     */
    static final int CLOCK_SKEW_WARN_SECONDS = 300;
    static final int CLOCK_SKEW_BAD_SECONDS = 1800;

    /** A certificate that expires within this many days is worth a warning (common monitoring practice). */
    static final int CERT_EXPIRY_WARN_DAYS = 14;

    private Thresholds() {
    }
}
