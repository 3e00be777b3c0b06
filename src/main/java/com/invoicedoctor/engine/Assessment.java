package com.invoicedoctor.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules concluded from a set of observations: every cause ranked by confidence,
 * with the evidence and findings behind it.
 */
public record Assessment(List<Ranked> ranking, List<Finding> findings, @JsonIgnore Map<String, Ranked> byCause) {

    /** An assessment over a ranking, indexed by cause. */
    public Assessment(List<Ranked> ranking, List<Finding> findings) {
        this(ranking, findings, index(ranking));
    }

    private static Map<String, Ranked> index(List<Ranked> ranking) {
        Map<String, Ranked> map = new HashMap<>();
        ranking.forEach(r -> map.put(r.cause(), r));
        return map;
    }

    /**
     * One cause with its confidence and the evidence that bears on it.
     *
     * @param score the unnormalised log score (log prior + tempered log likelihood ratios)
     */
    public record Ranked(String cause, double confidence, double score, List<Evidence> evidence) {
    }

    /** The leading cause. */
    public Ranked top() {
        return ranking.get(0);
    }

    /** The ranked entry of a cause. */
    public Optional<Ranked> of(String cause) {
        return Optional.ofNullable(byCause.get(cause));
    }

    /** Confidence of a cause, 0 when unknown. */
    public double confidence(String cause) {
        return of(cause).map(Ranked::confidence).orElse(0.0);
    }

    /** Shannon entropy of the distribution over causes, in bits: how undecided the diagnosis still is. */
    public double entropy() {
        double h = 0;
        for (Ranked r : ranking) {
            if (r.confidence() > 0) {
                h -= r.confidence() * (Math.log(r.confidence()) / Math.log(2));
            }
        }
        return h;
    }
}
