package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** Opens a TCP connection to the endpoint's port: ok, refused, timeout or unreachable, and how long it took. */
final class TcpProbe {
    static final String NAME = "tcp";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** Addresses tried at most, so that a dual-stack host with a dead address still fits the budget. */
    private static final int MAX_ADDRESSES = 2;

    Measured<InetSocketAddress> run(Target target, List<InetAddress> addresses, Deadline deadline) {
        if (addresses == null || addresses.isEmpty()) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not tried: the host name did not resolve"));
        }
        Stopwatch clock = Stopwatch.start();
        StringBuilder tried = new StringBuilder();
        Connect.Attempt last = null;
        for (InetAddress address : addresses.subList(0, Math.min(MAX_ADDRESSES, addresses.size()))) {
            InetSocketAddress endpoint = new InetSocketAddress(address, target.port());
            last = Connect.once(endpoint, deadline.millis(TIMEOUT));
            tried.append(tried.isEmpty() ? "" : "; ").append(endpoint.getAddress().getHostAddress()).append(':')
                    .append(target.port()).append(' ').append(describe(last));
            if (last.ok()) {
                String detail = "connected to " + tried;
                return Measured.of(endpoint, new ProbeResult(NAME, ProbeStatus.ok, detail, clock.ms()),
                        fact("net.tcp.connect", "ok", detail));
            }
            if (deadline.passed()) {
                break;
            }
        }
        String detail = "could not connect: " + tried;
        ProbeStatus status = last.outcome().equals("timeout") ? ProbeStatus.timeout : ProbeStatus.fail;
        return Measured.of(null, new ProbeResult(NAME, status, detail, clock.ms()), fact("net.tcp.connect", last.outcome(), detail));
    }

    private static String describe(Connect.Attempt a) {
        return switch (a.outcome()) {
            case "ok" -> "in " + a.ms() + " ms";
            case "refused" -> "refused after " + a.ms() + " ms (nothing listens, or a firewall rejects)";
            case "timeout" -> "no answer within " + a.ms() + " ms (packets dropped on the way or the host is down)";
            default -> "unreachable after " + a.ms() + " ms (" + a.error() + ")";
        };
    }
}
