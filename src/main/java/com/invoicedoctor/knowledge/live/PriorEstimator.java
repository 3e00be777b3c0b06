package com.invoicedoctor.knowledge.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Re-estimates cause priors from confirmed cases: the posterior mean of a Dirichlet distribution whose
 * pseudo-counts are the knowledge base's priors.
 *
 * <pre>
 *   p_c      = prior_c / Σ_k prior_k             (the knowledge base's prior, normalised)
 *   α_c      = s · p_c                           (s = strength: how many confirmed cases the knowledge base is worth)
 *   learned_c = (α_c + n_c) / (s + N)            (n_c = confirmed cases of c, N = Σ_k n_k)
 * </pre>
 *
 * With no confirmed cases this is the knowledge base's prior; with many it tends to the share of each cause among
 * the confirmed cases. Every cause keeps a prior above zero (additive, Laplace-style smoothing), so a cause never
 * seen here can still win on strong evidence. Counts for causes the knowledge base no longer has are ignored.
 * See docs/learning.md.
 */
public final class PriorEstimator {
    private PriorEstimator() {
    }

    /** The learned priors for every cause of {@code kbPriors}, summing to 1. */
    public static Map<String, Double> estimate(Map<String, Double> kbPriors, Map<String, Integer> counts, double strength) {
        if (strength <= 0) {
            throw new IllegalArgumentException("prior strength must be positive, not " + strength);
        }
        double total = kbPriors.values().stream().mapToDouble(Double::doubleValue).sum();
        int n = 0;
        for (String cause : kbPriors.keySet()) {
            n += Math.max(0, counts.getOrDefault(cause, 0));
        }
        Map<String, Double> learned = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : kbPriors.entrySet()) {
            double alpha = strength * e.getValue() / total;
            int seen = Math.max(0, counts.getOrDefault(e.getKey(), 0));
            learned.put(e.getKey(), (alpha + seen) / (strength + n));
        }
        return learned;
    }
}
