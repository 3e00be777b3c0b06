package com.invoicedoctor.bench;

import java.util.List;

/**
 * The end of one simulated interview.
 *
 * @param ranking   cause ids, best first
 * @param confident whether it ended because it was confident (not because questions ran out)
 */
public record CaseResult(String scenario, String truth, List<String> ranking, double topConfidence, int questions,
                  boolean confident) {

    public boolean top1() {
        return ranking.get(0).equals(truth);
    }

    public boolean top3() {
        return ranking.subList(0, Math.min(3, ranking.size())).contains(truth);
    }
}
