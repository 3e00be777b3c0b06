package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose endpoint a probe looked at: the tax bureau's platform, a vendor's cloud, or the company's own invoice
 * server or gateway. The same failure means different causes on each (a 502 from the tax platform is the
 * platform's trouble, from the company's gateway the company's), so the role becomes an observation.
 */
public enum EndpointRole {
    platform, vendor, own;

    /** The observation a probe run sets when it ran at all; the interview asks the role only then. */
    public static final String PROBED = "endpoint.probed";
    /** The observation holding the role. */
    public static final String ROLE = "endpoint.role";

    /**
     * The role named by the text, case-insensitive.
     *
     * @throws IllegalArgumentException listing the roles when the text names none
     */
    public static EndpointRole of(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown endpoint role '" + text + "': use platform, vendor or own"));
    }

    /** A leading "platform:", "vendor:" or "own:" on a configured endpoint, if there is one. */
    public static Optional<EndpointRole> prefixOf(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String head = spec.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(head)).findFirst();
    }

    /** The spec without its role prefix. */
    public static String withoutPrefix(String spec) {
        return prefixOf(spec).map(r -> spec.substring(spec.indexOf(':') + 1).trim()).orElse(spec.trim());
    }

    /**
     * The report with what the run knows about the endpoint added: always that a probe ran, and the role when the
     * operator or the person running collect gave it (null: unknown, the interview asks).
     */
    public static ProbeReport annotate(ProbeReport report, EndpointRole role, String said, KnowledgeBase kb) {
        List<Observation> observations = new ArrayList<>(report.observations());
        observations.removeIf(o -> o.id().equals(PROBED) || o.id().equals(ROLE));
        add(observations, Observation.of(PROBED, "yes", Observation.Source.probe, "probed " + report.target()), kb);
        if (role != null) {
            add(observations, Observation.of(ROLE, role.name(), Observation.Source.probe, said), kb);
        }
        return new ProbeReport(report.target(), observations, report.results(), report.ms());
    }

    /** Adds the fact when the knowledge base defines it (a knowledge base without roles still runs). */
    private static void add(List<Observation> into, Observation o, KnowledgeBase kb) {
        if (kb == null || kb.observation(o.id()).filter(def -> def.accepts(o.value())).isPresent()) {
            into.add(o);
        }
    }
}
