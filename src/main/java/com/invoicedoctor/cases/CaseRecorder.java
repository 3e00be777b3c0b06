package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.probe.ProbeStatus;
import com.invoicedoctor.session.SessionChecks;
import com.invoicedoctor.session.SessionRecord;
import com.invoicedoctor.session.Snapshot;
import com.invoicedoctor.description.CauseResemblance;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the case list in step with the sessions: after every change of a session, records its diagnosis with the
 * knowledge-base and learned-prior versions that produced it, and looks for an incident when it points to the server.
 */
public final class CaseRecorder implements Consumer<Snapshot> {
    private static final Logger LOG = LoggerFactory.getLogger(CaseRecorder.class);
    /** The server's probes that reach the endpoint itself (not its own network, proxy settings or clock). */
    private static final Set<String> ENDPOINT_PROBES = Set.of("dns", "tcp", "tls", "http");

    private final CaseStore cases;
    private final LiveKnowledge live;
    private final Incidents incidents;

    public CaseRecorder(CaseStore cases, LiveKnowledge live, Incidents incidents) {
        this.cases = cases;
        this.live = live;
        this.incidents = incidents;
    }

    /** Records the session's latest state; a failure here is logged and never fails the customer's request. */
    @Override
    public void accept(Snapshot snapshot) {
        try {
            SessionOutcome outcome = outcome(snapshot, live.get());
            cases.observe(outcome);
            boolean serverSide = outcome.topFamily() != null && incidents.policy().families().contains(outcome.topFamily())
                    && outcome.topConfidence() != null && outcome.topConfidence() >= incidents.policy().minConfidence();
            // a passing server check is looked at too: it can take a failing endpoint's banner down
            if (serverSide || outcome.probeFailed() || outcome.serverCheckAt() != null) {
                incidents.scan(Instant.now());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not record session {} as a case: {}", snapshot.session().id(), e.getMessage(), e);
        }
    }

    /** What a snapshot tells the case list. */
    static SessionOutcome outcome(Snapshot snapshot, LiveKnowledge.Current current) {
        SessionRecord r = snapshot.session();
        Assessment.Ranked top = snapshot.turn().assessment().top();
        String family = current.kb().cause(top.cause()).map(c -> c.family()).orElse(null);
        SessionChecks checks = r.checks();
        String endpoint = null;
        boolean failed = false;
        Instant serverCheckAt = null;
        boolean serverCheckFailed = false;
        if (checks.server() != null) {
            endpoint = checks.server().target() != null ? checks.server().target() : checks.server().endpoint();
            failed = checks.server().results().stream()
                    .anyMatch(p -> p.status() == ProbeStatus.fail || p.status() == ProbeStatus.timeout);
            serverCheckAt = checks.server().at();
            serverCheckFailed = checks.server().results().stream().anyMatch(p -> ENDPOINT_PROBES.contains(p.name())
                    && (p.status() == ProbeStatus.fail || p.status() == ProbeStatus.timeout));
        }
        if (checks.browser() != null && Boolean.FALSE.equals(checks.browser().reachable())) {
            endpoint = endpoint != null ? endpoint : checks.browser().endpoint();
            failed = true;
        }
        return new SessionOutcome(r.id(), r.audience().name(), r.lang().name(), snapshot.turn().outcome().name(),
                top.cause(), family, top.confidence(), r.state().answers().size(), endpoint, failed, serverCheckAt,
                serverCheckFailed, current.kbVersion(), current.priorVersion(), r.version(), r.created(),
                CauseResemblance.stated(List.copyOf(r.state().collected().values())).size());
    }
}
