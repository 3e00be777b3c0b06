package com.invoicedoctor.bench;

import java.util.List;

/**
 * The end of one simulated interview.
 *
 * @param ranking cause ids, best first
 */
record CaseResult(String scenario, String truth, List<String> ranking, double topConfidence, int questions) {

    boolean top1() {
        return ranking.get(0).equals(truth);
    }

    boolean top3() {
        return ranking.subList(0, Math.min(3, ranking.size())).contains(truth);
    }
}
