package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeated TCP connections to the endpoint: the connect time is one round trip, so their median is the
 * latency, their spread the jitter, and the share that fail the loss.
 */
final class LatencySampler {
    static final String NAME = "samples";
    static final int SAMPLES = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long PAUSE_MS = 100;

    Measured<Void> run(InetSocketAddress address, Deadline deadline) throws InterruptedException {
        if (address == null) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not tried: no TCP connection"));
        }
        Stopwatch clock = Stopwatch.start();
        List<Double> times = new ArrayList<>();
        int failed = 0;
        int tried = 0;
        for (int i = 0; i < SAMPLES && deadline.remaining().toMillis() > 50; i++) {
            Stopwatch one = Stopwatch.start();
            Connect.Attempt a = Connect.once(address, deadline.millis(TIMEOUT));
            tried++;
            if (a.ok()) {
                times.add(one.exactMs());
            } else {
                failed++;
            }
            Thread.sleep(PAUSE_MS);
        }
        if (tried == 0) {
            return Measured.of(null, new ProbeResult(NAME, ProbeStatus.timeout, "no time left for samples", clock.ms()));
        }
        int loss = (int) Math.round(100.0 * failed / tried);
        if (times.isEmpty()) {
            String detail = "all " + tried + " connections to " + address.getAddress().getHostAddress() + ":" + address.getPort() + " failed";
            return Measured.of(null, new ProbeResult(NAME, ProbeStatus.fail, detail, clock.ms()),
                    fact("net.loss.percent", loss, detail));
        }
        double median = median(times);
        double jitter = jitter(times);
        boolean lossy = failed > tried * Thresholds.CONNECT_FAILURE_RATE;
        String detail = String.format("%d connections to %s: median %.1f ms, jitter %.1f ms, %d failed (%d%%)%s",
                tried, address.getAddress().getHostAddress() + ":" + address.getPort(), median, jitter, failed, loss,
                lossy ? "; over " + (int) (Thresholds.CONNECT_FAILURE_RATE * 100) + "% of connections failing points to a firewall or a lossy path (ChromeOS network diagnostics)" : "");
        ProbeStatus status = lossy ? ProbeStatus.fail
                : failed > 0 || median > Thresholds.RTT_HIGH_MS || jitter > Thresholds.JITTER_HIGH_MS ? ProbeStatus.warn : ProbeStatus.ok;
        return Measured.of(null, new ProbeResult(NAME, status, detail, clock.ms()),
                fact("net.latency.ms", Math.round(median), detail), fact("net.jitter.ms", Math.round(jitter), detail),
                fact("net.loss.percent", loss, detail));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Mean absolute difference between consecutive samples (as RFC 3550 estimates jitter, without smoothing). */
    static double jitter(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double sum = 0;
        for (int i = 1; i < values.size(); i++) {
            sum += Math.abs(values.get(i) - values.get(i - 1));
        }
        return sum / (values.size() - 1);
    }
}
