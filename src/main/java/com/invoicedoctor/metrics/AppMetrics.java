package com.invoicedoctor.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeResult;
import com.invoicedoctor.session.Snapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The server's operational signals, in Prometheus' text format at /metrics: requests and latency per route, sessions
 * started and finished by outcome, diagnoses by cause and confidence band, rejected sign-ins, connection and thread pool
 * use, probe durations. Names start with {@code invoicedoctor_}.
 */
public final class AppMetrics {
    /** The content type of {@link #scrape()}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Sessions last seen done, so that a finish is counted once (an answer changed later can reopen one). */
    private final Cache<String, Boolean> done = Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofHours(2))
            .build();

    public AppMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** One answered request: its method, the route it matched ("unmatched" for none, so unknown paths stay one series). */
    public void request(String method, String route, int status, long nanos) {
        Timer.builder("invoicedoctor.http.requests").description("HTTP requests by route and status")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .publishPercentileHistogram(false).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A session started or changed: counts starts, finishes by outcome, and the diagnosis a finished one ends with. */
    public void sessionChanged(Snapshot snapshot) {
        String id = snapshot.session().id();
        if (snapshot.session().version() == 1) {
            Counter.builder("invoicedoctor.sessions.started").description("interview sessions started")
                    .tag("audience", snapshot.session().audience().name()).register(registry).increment();
        }
        if (!snapshot.turn().done()) {
            done.invalidate(id);
            return;
        }
        if (done.asMap().putIfAbsent(id, Boolean.TRUE) == null) {
            Counter.builder("invoicedoctor.sessions.finished").description("interview sessions finished, by outcome")
                    .tag("outcome", snapshot.turn().outcome().name()).register(registry).increment();
            Assessment.Ranked top = snapshot.turn().assessment().top();
            diagnosed(top.cause(), top.confidence(), "session");
        }
    }

    /** A diagnosis given: the leading cause and its confidence band (a finished session, or POST /api/diagnose). */
    public void diagnosed(String cause, double confidence, String source) {
        Counter.builder("invoicedoctor.diagnoses").description("diagnoses given, by leading cause and confidence band")
                .tags("cause", cause == null ? "none" : cause, "band", band(confidence), "source", source)
                .register(registry).increment();
    }

    /**
     * A sign-in refused, as the sign-in guard reports it (staff.SignInRejections): waiting (throttled), wrong_password,
     * unknown_account, disabled.
     */
    public void signInRejected(String reason) {
        Counter.builder("invoicedoctor.signin.rejected").description("staff sign-ins refused").tag("reason", reason)
                .register(registry).increment();
    }

    /** A run of the server's probes: each probe's time and result, and the whole run's. */
    public void probed(ProbeReport report) {
        for (ProbeResult r : report.results()) {
            Timer.builder("invoicedoctor.probe.duration").description("one probe of a configured endpoint")
                    .tags("probe", r.name(), "status", r.status().name()).register(registry).record(r.ms(), TimeUnit.MILLISECONDS);
        }
        Timer.builder("invoicedoctor.probe.run.duration").description("all probes of one check").register(registry)
                .record(report.ms(), TimeUnit.MILLISECONDS);
    }

    /** A pool whose use is read at each scrape: in use, idle and its size. */
    public <T> void pool(String name, T pool, ToDoubleFunction<T> inUse, ToDoubleFunction<T> idle, ToDoubleFunction<T> max) {
        Gauge.builder("invoicedoctor.pool.in.use", pool, inUse).description("pool members in use").tag("pool", name)
                .register(registry);
        Gauge.builder("invoicedoctor.pool.idle", pool, idle).description("pool members idle").tag("pool", name).register(registry);
        Gauge.builder("invoicedoctor.pool.max", pool, max).description("pool size").tag("pool", name).register(registry);
    }

    /** A count kept elsewhere, read at each scrape (connections refused, slow bodies ended). */
    public void count(String name, String description, Supplier<Number> count) {
        FunctionCounter.builder(name, count, c -> c.get().doubleValue()).description(description).register(registry);
    }

    /** Everything, in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    static String band(double confidence) {
        return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
    }
}
