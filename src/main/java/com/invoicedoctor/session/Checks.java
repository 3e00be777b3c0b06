package com.invoicedoctor.session;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.probe.EndpointRole;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeRunner;
import com.invoicedoctor.probe.ProbeTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Checks of the operator-configured invoice endpoints: the server's probes (run now, or in the background
 * with progress to poll) and the results the customer's browser reports. Nobody can name an address to
 * probe: a check names a configured endpoint by its id (see {@link ProbeTargets}).
 */
public final class Checks implements AutoCloseable {
    /** The probes end within this time even when every probe hangs. */
    public static final Duration BUDGET = ProbeRunner.DEFAULT_DEADLINE;
    /** At most this many probe runs at once, for all users together; more are refused, not queued. */
    static final int MAX_RUNNING = 4;

    private final ProbeTargets targets;
    private final Prober prober;
    private final Sessions sessions;
    private final BrowserFacts browserFacts;
    private final Map<String, CheckJob> jobs = new ConcurrentHashMap<>();
    private final Semaphore running = new Semaphore(MAX_RUNNING);
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "checks");
        t.setDaemon(true);
        return t;
    });

    /** @param prober null when this build has no probes; then only the browser's checks are offered */
    public Checks(ProbeTargets targets, Prober prober, Sessions sessions) {
        this.targets = targets;
        this.prober = prober;
        this.sessions = sessions;
        this.browserFacts = new BrowserFacts(() -> sessions.interviewer().knowledge());
    }

    /** The configured endpoints, in the order given. */
    public List<ProbeTargets.Endpoint> endpoints() {
        return targets.all();
    }

    /** Whether the server can probe (there are endpoints and probes). */
    public boolean serverChecks() {
        return prober != null && !targets.all().isEmpty();
    }

    /** Runs the server's probes now and stores what they found. */
    public Snapshot run(String session, String endpoint, Lang lang) {
        ProbeTargets.Endpoint target = endpoint(endpoint);
        sessions.get(session, lang);
        if (!running.tryAcquire()) {
            throw new ChecksBusyException(MAX_RUNNING);
        }
        Instant started = Instant.now();
        ProbeReport report;
        try {
            report = EndpointRole.annotate(prober.probe(target.uri()), target.role(),
                    "the operator configured endpoint " + target.id() + " as " + target.role(), sessions.interviewer().knowledge());
        } finally {
            running.release();
        }
        SessionChecks.Server result = new SessionChecks.Server(target.id(), target.uri().toString(), report.ms(),
                report.results(), started);
        return sessions.checked(session, c -> c.withServer(result), report.observations(), lang);
    }

    /** Starts the server's probes in the background, or returns the run already going for this session. */
    public CheckJob start(String session, String endpoint, Lang lang) {
        ProbeTargets.Endpoint target = endpoint(endpoint);
        sessions.get(session, lang);
        CheckJob fresh = new CheckJob(session, target.id(), target.uri().toString(), Instant.now(), null, null);
        CheckJob job = jobs.compute(session, (k, old) -> old != null && old.running() ? old : fresh);
        if (job == fresh) {
            pool.submit(() -> {
                String failure = null;
                try {
                    run(session, target.id(), lang);
                } catch (RuntimeException e) {
                    failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
                jobs.put(session, fresh.done(Instant.now(), failure));
            });
        }
        return job;
    }

    /** The latest background run for this session, if any since the server started. */
    public Optional<CheckJob> job(String session) {
        return Optional.ofNullable(jobs.get(session));
    }

    /** Stores what the customer's browser measured, and the facts it gives. */
    public Snapshot browser(String session, BrowserReport report, Lang lang) {
        ProbeTargets.Endpoint target = endpoint(report.endpoint());
        sessions.get(session, lang);
        List<Observation> facts = browserFacts.of(report, target.uri());
        SessionChecks.Browser result = new SessionChecks.Browser(target.uri().toString(), report.reachable(), report.ms(),
                report.clockSkewSeconds(), report.error(), Instant.now());
        return sessions.checked(session, c -> c.withBrowser(result), facts, lang);
    }

    /** The configured endpoint with this id; no id picks the only one when just one is configured. */
    private ProbeTargets.Endpoint endpoint(String id) {
        List<ProbeTargets.Endpoint> all = targets.all();
        if (all.isEmpty()) {
            throw new UnknownEndpointException();
        }
        if ((id == null || id.isBlank()) && all.size() == 1) {
            return all.get(0);
        }
        return targets.byId(id).orElseThrow(() -> new UnknownEndpointException(id,
                all.stream().map(ProbeTargets.Endpoint::id).toList()));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
