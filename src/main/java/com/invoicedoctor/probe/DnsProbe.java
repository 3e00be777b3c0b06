package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import com.invoicedoctor.engine.Observation;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Resolves the endpoint's host the way the client does (system resolver), then asks the configured DNS
 * servers directly a few times: their answer codes give the failure kind, and the share of lookups
 * that fail tells a DNS problem from a firewall (see {@link Thresholds#DNS_SUCCESS_RATE}).
 */
final class DnsProbe {
    static final String NAME = "dns";
    private static final Duration SYSTEM_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DIRECT_TIMEOUT = Duration.ofMillis(1500);
    private static final int DIRECT_LOOKUPS = 3;

    private final HostResolver resolver;
    private final Nameservers nameservers;
    private final ExecutorService pool;

    DnsProbe(HostResolver resolver, Nameservers nameservers, ExecutorService pool) {
        this.resolver = resolver;
        this.nameservers = nameservers;
        this.pool = pool;
    }

    Measured<List<InetAddress>> run(Target target, Deadline deadline) throws UnknownHostException {
        if (target.isAddressLiteral()) {
            InetAddress address = InetAddress.getByName(target.host());
            return Measured.of(List.of(address), new ProbeResult(NAME, ProbeStatus.ok,
                    target.host() + " is an address; no lookup needed", 0));
        }
        String host = IDN.toASCII(target.host());
        List<CompletableFuture<DnsQuery.Answer>> direct = askDirectly(host, deadline);
        Stopwatch clock = Stopwatch.start();
        CompletableFuture<InetAddress[]> system = CompletableFuture.supplyAsync(() -> lookUp(host), pool);
        try {
            InetAddress[] found = system.get(deadline.millis(SYSTEM_TIMEOUT), TimeUnit.MILLISECONDS);
            return resolved(host, Arrays.asList(found), clock.ms(), answers(direct, deadline));
        } catch (TimeoutException e) {
            system.cancel(true);
            return failed(host, clock.ms(), answers(direct, deadline), true);
        } catch (ExecutionException e) {
            return failed(host, clock.ms(), answers(direct, deadline), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException(host + ": interrupted");
        }
    }

    private InetAddress[] lookUp(String host) {
        try {
            return resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CompletableFuture<DnsQuery.Answer>> askDirectly(String host, Deadline deadline) {
        List<CompletableFuture<DnsQuery.Answer>> list = new ArrayList<>();
        List<InetSocketAddress> servers = nameservers.servers();
        if (isLoopbackName(host)) {
            // RFC 6761: localhost names never go to DNS servers, so asking them proves nothing
            return list;
        }
        for (int i = 0; i < DIRECT_LOOKUPS && !servers.isEmpty(); i++) {
            InetSocketAddress server = servers.get(i % servers.size());
            list.add(CompletableFuture.supplyAsync(() -> DnsQuery.ask(server, host, deadline.millis(DIRECT_TIMEOUT)), pool));
        }
        return list;
    }

    private static List<DnsQuery.Answer> answers(List<CompletableFuture<DnsQuery.Answer>> direct, Deadline deadline) {
        List<DnsQuery.Answer> list = new ArrayList<>();
        for (CompletableFuture<DnsQuery.Answer> f : direct) {
            try {
                list.add(f.get(deadline.millis(DIRECT_TIMEOUT), TimeUnit.MILLISECONDS));
            } catch (TimeoutException | ExecutionException e) {
                list.add(new DnsQuery.Answer(DnsQuery.Kind.timeout, 0, DIRECT_TIMEOUT.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return list;
    }

    private Measured<List<InetAddress>> resolved(String host, List<InetAddress> found, long ms, List<DnsQuery.Answer> direct) {
        String addresses = found.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
        long failures = direct.stream().filter(DnsProbe::isFailure).count();
        boolean flaky = !direct.isEmpty() && 1.0 - (double) failures / direct.size() < Thresholds.DNS_SUCCESS_RATE;
        ProbeStatus status = ms > Thresholds.DNS_SLOW_MS || flaky ? ProbeStatus.warn : ProbeStatus.ok;
        String detail = host + " -> " + addresses + " in " + ms + " ms by the system resolver (" + nameservers + ")"
                + latencyVerdict(ms) + "; " + directSummary(direct);
        List<Observation> facts = new ArrayList<>(List.of(fact("net.dns.resolves", "yes", detail), fact("net.dns.ms", ms, detail)));
        if (flaky) {
            facts.add(fact("net.dns.failure", "intermittent", failures + " of " + direct.size()
                    + " direct lookups failed (a DNS problem when under " + (int) (Thresholds.DNS_SUCCESS_RATE * 100)
                    + "% succeed, ChromeOS network diagnostics); " + directSummary(direct)));
        }
        return new Measured<>(found, new ProbeResult(NAME, status, detail, ms), facts);
    }

    private Measured<List<InetAddress>> failed(String host, long ms, List<DnsQuery.Answer> direct, boolean timedOut) {
        String kind = timedOut ? "timeout" : failureKind(direct);
        String detail = host + " did not resolve: " + (timedOut ? "no answer within " + ms + " ms" : "unknown host after " + ms + " ms")
                + " (" + nameservers + "); " + directSummary(direct);
        List<Observation> facts = new ArrayList<>(List.of(fact("net.dns.resolves", "no", detail)));
        if (kind != null) {
            facts.add(fact("net.dns.failure", kind, detail));
        }
        if (timedOut) {
            facts.add(fact("net.dns.ms", ms, detail));
        }
        return new Measured<>(null, new ProbeResult(NAME, timedOut ? ProbeStatus.timeout : ProbeStatus.fail, detail, ms), facts);
    }

    /** The resolvers' own verdict: the most telling answer code among the direct lookups. */
    private String failureKind(List<DnsQuery.Answer> direct) {
        if (nameservers.servers().isEmpty()) {
            return "no-resolver";
        }
        for (DnsQuery.Kind k : List.of(DnsQuery.Kind.nxdomain, DnsQuery.Kind.servfail, DnsQuery.Kind.refused)) {
            if (direct.stream().anyMatch(a -> a.kind() == k)) {
                return k.name();
            }
        }
        if (direct.stream().allMatch(a -> a.kind() == DnsQuery.Kind.timeout || a.kind() == DnsQuery.Kind.unreachable)) {
            return "timeout";
        }
        if (direct.stream().anyMatch(a -> a.kind() == DnsQuery.Kind.nodata)) {
            return "nxdomain";
        }
        return null;
    }

    static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("localhost.");
    }

    private static boolean isFailure(DnsQuery.Answer a) {
        return a.kind() != DnsQuery.Kind.answer && a.kind() != DnsQuery.Kind.nxdomain && a.kind() != DnsQuery.Kind.nodata;
    }

    private static String latencyVerdict(long ms) {
        if (ms > Thresholds.DNS_VERY_SLOW_MS) {
            return ", significantly above the " + Thresholds.DNS_VERY_SLOW_MS + " ms threshold";
        }
        return ms > Thresholds.DNS_SLOW_MS ? ", slightly above the " + Thresholds.DNS_SLOW_MS + " ms threshold" : "";
    }

    private static String directSummary(List<DnsQuery.Answer> direct) {
        if (direct.isEmpty()) {
            return "no direct lookups";
        }
        return "direct lookups: " + direct.stream().map(a -> a.kind() + " " + a.ms() + " ms").collect(Collectors.joining(", "));
    }
}
