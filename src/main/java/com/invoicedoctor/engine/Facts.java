package com.invoicedoctor.engine;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks given facts (observation id to value) against the knowledge base. */
public final class Facts {
    /** The answer every question accepts; it is recorded but never becomes a fact. */
    public static final String UNKNOWN = "unknown";

    private Facts() {
    }

    /**
     * Turns a map of observation id to value into observations; "unknown" values are left out.
     *
     * @throws InvalidFactException naming the first id or value that does not fit
     */
    public static List<Observation> parse(Map<String, ?> facts, KnowledgeBase kb, Observation.Source source, String detail) {
        List<Observation> list = new ArrayList<>();
        for (Map.Entry<String, ?> e : facts.entrySet()) {
            String value = text(e.getKey(), e.getValue());
            if (UNKNOWN.equals(value)) {
                continue;
            }
            check(kb, e.getKey(), value);
            list.add(Observation.of(e.getKey(), value, source, detail));
        }
        return list;
    }

    /** Checks that the observation exists and takes this value. */
    public static ObservationDef check(KnowledgeBase kb, String id, String value) {
        ObservationDef def = kb.observation(id).orElseThrow(() -> new InvalidFactException(
                "unknown observation '" + id + "'; see GET /api/observations or knowledge-base/observations/"));
        if (!def.accepts(value)) {
            throw new InvalidFactException("value '" + value + "' does not fit observation " + id
                    + "; expected " + def.expected() + " or unknown");
        }
        return def;
    }

    private static String text(String id, Object value) {
        if (value instanceof String s) {
            return s.trim();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        throw new InvalidFactException("the value of " + id + " must be a string or a number, not " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
