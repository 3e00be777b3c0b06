package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every probe against an invoice endpoint in parallel (DNS, then TCP, then TLS, then HTTP and the
 * clock; samples after TCP; proxy and local network beside them) and returns by the deadline whatever
 * happens: a probe still running then is reported as a timeout. Thread-safe; each run has its own threads.
 */
public final class ProbeRunner {
    /** The default budget for a whole run; the collect command and the web page end within 12 s with the diagnosis. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final KnowledgeBase kb;
    private final ProbeEnvironment env;

    /** Probes from this machine; observations the knowledge base does not define are left out. */
    public ProbeRunner(KnowledgeBase kb) {
        this(kb, ProbeEnvironment.system());
    }

    ProbeRunner(KnowledgeBase kb, ProbeEnvironment env) {
        this.kb = kb;
        this.env = env;
    }

    /**
     * Probes the endpoint and returns within the deadline.
     *
     * @throws IllegalArgumentException when the target is not an http(s) URL with a host
     */
    public ProbeReport run(URI target, Duration deadline) {
        Target t = Target.of(target);
        Stopwatch clock = Stopwatch.start();
        Deadline overall = Deadline.after(deadline);
        // probes stop a little early so that their own timeouts, with what they measured, come first
        Deadline probes = Deadline.after(deadline.minus(margin(deadline)));
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "probe-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Stage> stages = start(t, probes, pool);
            awaitAll(stages, overall);
            return report(target, stages, clock, deadline);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Stage> start(Target t, Deadline d, ExecutorService pool) {
        var local = guard(LocalNetworkProbe.NAME, () -> env.localNetwork() ? new LocalNetworkProbe(env.procRoute()).run(t, d)
                : Measured.<Void>of(null, ProbeResult.skipped(LocalNetworkProbe.NAME, "local network checks are off")), pool);
        var proxy = guard(ProxyProbe.NAME, () -> new ProxyProbe(env.env(), env.jvm(), env.selector()).run(t, d), pool);
        CompletableFuture<Measured<List<InetAddress>>> dns = guard(DnsProbe.NAME,
                () -> new DnsProbe(env.resolver(), env.nameservers(), pool).run(t, d), pool);
        CompletableFuture<Measured<InetSocketAddress>> tcp = dns.thenComposeAsync(m -> guard(TcpProbe.NAME,
                () -> new TcpProbe().run(t, m.value(), d), pool), pool);
        CompletableFuture<Measured<TlsProbe.Outcome>> tls = tcp.thenComposeAsync(m -> guard(TlsProbe.NAME,
                () -> new TlsProbe().run(t, m.value(), d), pool), pool);
        CompletableFuture<Measured<HttpProbe.Answer>> http = tls.thenComposeAsync(m -> guard(HttpProbe.NAME,
                () -> new HttpProbe().run(t, tcp.join().value(), m.value(), d), pool), pool);
        CompletableFuture<Measured<Void>> samples = tcp.thenComposeAsync(m -> guard(LatencySampler.NAME,
                () -> new LatencySampler().run(m.value(), d), pool), pool);
        CompletableFuture<Measured<Void>> clock = http.thenComposeAsync(m -> guard(ClockCheck.NAME,
                () -> ClockCheck.judge(m.value()), pool), pool);
        Map<String, Stage> stages = new LinkedHashMap<>();
        stages.put(LocalNetworkProbe.NAME, new Stage(local, null));
        stages.put(ProxyProbe.NAME, new Stage(proxy, null));
        stages.put(DnsProbe.NAME, new Stage(dns, null));
        stages.put(TcpProbe.NAME, new Stage(tcp, DnsProbe.NAME));
        stages.put(TlsProbe.NAME, new Stage(tls, TcpProbe.NAME));
        stages.put(HttpProbe.NAME, new Stage(http, TlsProbe.NAME));
        stages.put(LatencySampler.NAME, new Stage(samples, TcpProbe.NAME));
        stages.put(ClockCheck.NAME, new Stage(clock, HttpProbe.NAME));
        return stages;
    }

    /** A probe that may throw: any failure becomes a "fail" result instead of breaking the chain. */
    private static <T> CompletableFuture<Measured<T>> guard(String name, ProbeCall<T> call, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> {
            Stopwatch clock = Stopwatch.start();
            try {
                return call.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Measured.<T>of(null, new ProbeResult(name, ProbeStatus.timeout, "stopped at the deadline", clock.ms()));
            } catch (Exception e) {
                return Measured.<T>of(null, new ProbeResult(name, ProbeStatus.fail,
                        "probe error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), clock.ms()));
            }
        }, pool);
    }

    private static void awaitAll(Map<String, Stage> stages, Deadline overall) {
        CompletableFuture<?>[] all = stages.values().stream().map(Stage::future).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all).get(overall.remaining().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // what has not finished is reported as a timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ProbeReport report(URI target, Map<String, Stage> stages, Stopwatch clock, Duration deadline) {
        List<Observation> observations = new ArrayList<>();
        List<ProbeResult> results = new ArrayList<>();
        stages.forEach((name, stage) -> {
            Optional<Measured<?>> done = stage.result();
            if (done.isPresent()) {
                results.add(done.get().result());
                done.get().observations().forEach(o -> keep(o, observations));
            } else {
                String waiting = stage.after() != null && stages.get(stage.after()).result().isEmpty()
                        ? " (still waiting for " + stage.after() + ")" : "";
                results.add(new ProbeResult(name, ProbeStatus.timeout,
                        "no result within the " + deadline.toMillis() / 1000.0 + " s deadline" + waiting, clock.ms()));
            }
        });
        return new ProbeReport(target, observations, results, clock.ms());
    }

    /** Adds the observation unless the knowledge base does not define it or its value (a renamed id must not break a run). */
    private void keep(Observation o, List<Observation> into) {
        if (kb != null) {
            Optional<ObservationDef> def = kb.observation(o.id());
            if (def.isEmpty() || !def.get().accepts(o.value())) {
                return;
            }
        }
        into.removeIf(existing -> existing.id().equals(o.id()));
        into.add(o);
    }

    private static Duration margin(Duration deadline) {
        Duration tenth = deadline.dividedBy(10);
        return tenth.compareTo(Duration.ofMillis(500)) > 0 ? Duration.ofMillis(500) : tenth;
    }

    /** A probe's work, which may throw. */
    @FunctionalInterface
    private interface ProbeCall<T> {
        Measured<T> run() throws Exception;
    }

    /** A running probe and the probe it waits for. */
    private record Stage(CompletableFuture<? extends Measured<?>> future, String after) {
        Optional<Measured<?>> result() {
            return future.isDone() && !future.isCompletedExceptionally() ? Optional.of(future.join()) : Optional.empty();
        }
    }
}
