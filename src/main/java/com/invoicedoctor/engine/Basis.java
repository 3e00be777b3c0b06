package com.invoicedoctor.engine;

import java.util.ArrayList;
import java.util.List;

/** The observations a rule's matched facts rest on, following findings down to what they were derived from. */
final class Basis {
    /** Findings derive from findings; a bound keeps a cyclic knowledge base from looping. */
    private static final int MAX_DEPTH = 8;

    private Basis() {
    }

    /** Every observation under the matched facts, in match order (duplicates kept). */
    static List<Observation> observations(List<Object> matched) {
        List<Observation> found = new ArrayList<>();
        collect(matched, found, 0);
        return found;
    }

    private static void collect(List<Object> matched, List<Observation> into, int depth) {
        for (Object o : matched) {
            if (o instanceof Observation obs) {
                into.add(obs);
            } else if (o instanceof Finding f && depth < MAX_DEPTH) {
                collect(f.basis(), into, depth + 1);
            }
        }
    }
}
