package com.invoicedoctor.session;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the browser's measurements into facts, for the observations the knowledge base has. A browser sees
 * the network the customer's invoicing PC sees, which the server's own probes cannot.
 */
final class BrowserFacts {
    static final String REACHABLE = "net.tax-host-reachable";
    static final String LATENCY = "net.latency.ms";
    static final String CLOCK_SKEW = "clock.skew.seconds";
    private static final long MAX_MS = 600_000;
    private static final long MAX_SKEW = 10L * 365 * 24 * 3600;

    private final Supplier<KnowledgeBase> kb;

    /** @param kb the knowledge in force at each call (it changes on a reload) */
    BrowserFacts(Supplier<KnowledgeBase> kb) {
        this.kb = kb;
    }

    List<Observation> of(BrowserReport r, URI target) {
        List<Observation> facts = new ArrayList<>();
        if (r.reachable() != null && !"blocked".equals(r.error())) {
            add(facts, REACHABLE, r.reachable() ? "yes" : "no", "your browser: " + target
                    + (r.reachable() ? " answered" : " did not answer (" + (r.error() == null ? "network" : r.error()) + ")"));
        }
        if (Boolean.TRUE.equals(r.reachable()) && r.ms() != null && r.ms() >= 0 && r.ms() <= MAX_MS) {
            add(facts, LATENCY, String.valueOf(r.ms()), "your browser: fastest request to " + target + " took " + r.ms() + " ms");
        }
        if (r.clockSkewSeconds() != null && Math.abs(r.clockSkewSeconds()) <= MAX_SKEW) {
            add(facts, CLOCK_SKEW, String.valueOf(r.clockSkewSeconds()),
                    "your browser: its clock differs from the server's by " + r.clockSkewSeconds() + " s");
        }
        return facts;
    }

    private void add(List<Observation> facts, String id, String value, String detail) {
        if (kb.get().observation(id).map(d -> d.accepts(value)).orElse(false)) {
            facts.add(Observation.of(id, value, Observation.Source.probe, detail));
        }
    }
}
