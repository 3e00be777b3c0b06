package com.invoicedoctor.knowledge.live;

import java.time.Instant;
import java.util.Map;

/**
 * One version of the learned priors: the confirmed cases per cause it was estimated from.
 *
 * @param epoch    raised by every reset; only cases confirmed in the current epoch count
 * @param strength how many confirmed cases the knowledge base's own priors are worth
 * @param reason   start, confirm or reset
 */
public record LearnedPriors(int version, int epoch, Map<String, Integer> counts, double strength, String reason,
                           String by, Instant at) {

    public LearnedPriors {
        counts = Map.copyOf(counts);
    }

    /** The priors for a knowledge base with these priors of its own. */
    public Map<String, Double> priors(Map<String, Double> kbPriors) {
        return PriorEstimator.estimate(kbPriors, counts, strength);
    }

    /** Confirmed cases this version learned from. */
    public int cases() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
