package com.invoicedoctor.interview;

import java.util.List;
import java.util.Map;

/**
 * The diagnosis a hypothetical answer would lead to (a what-if): each cause's confidence. Not to be confused
 * with {@link Turn.Outcome}, why an interview stands where it does.
 *
 * @param causes     the cause ids, in the order of {@code confidence}
 * @param index      cause id to its position
 * @param confidence the confidences, summing to 1
 */
record WhatIfDiagnosis(List<String> causes, Map<String, Integer> index, double[] confidence) {

    double confidence(String cause) {
        Integer i = index.get(cause);
        return i == null ? 0 : confidence[i];
    }

    /** The cause that would lead. */
    String top() {
        int best = 0;
        for (int i = 1; i < confidence.length; i++) {
            if (confidence[i] > confidence[best]) {
                best = i;
            }
        }
        return causes.get(best);
    }
}
