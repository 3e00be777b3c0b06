package com.invoicedoctor.interview;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.FactPattern;
import com.invoicedoctor.knowledge.RuleShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Representative answers for numeric questions, read from the thresholds the rules compare against
 * (e.g. {@code number > 400} and {@code number > 1000} give 200, 700 and 1500): one value inside each
 * band the rules distinguish, so "what if the answer were X?" covers every outcome the rules know.
 */
final class NumberSamples {
    private final Map<String, List<String>> samples = new HashMap<>();
    private final Map<String, double[]> thresholds = new HashMap<>();

    NumberSamples(KnowledgeBase kb) {
        Map<String, TreeSet<Double>> found = new HashMap<>();
        for (RuleShape rule : kb.rules().sources()) {
            for (FactPattern p : rule.conditions()) {
                // a constraint may bound both sides: number > 1 && number <= 20, in any order with the id
                for (FactPattern.Comparison c : p.on("number")) {
                    for (String id : p.ids()) {
                        found.computeIfAbsent(id, k -> new TreeSet<>()).add(Double.parseDouble(c.literal()));
                    }
                }
            }
        }
        found.forEach((obs, set) -> {
            samples.put(obs, bands(new ArrayList<>(set)));
            this.thresholds.put(obs, set.stream().mapToDouble(Double::doubleValue).toArray());
        });
    }

    /**
     * The band of the rules' thresholds a number falls in, as the rules see it: two numbers in the same band
     * (neither on a threshold) satisfy the same comparisons. A number on a threshold is its own band.
     */
    String band(String observation, double value) {
        double[] t = thresholds.get(observation);
        if (t == null) {
            return "any";
        }
        int i = java.util.Arrays.binarySearch(t, value);
        return i >= 0 ? "=" + t[i] : "band " + (-i - 1);
    }

    /** One value inside each band the rules tell apart; empty when no rule compares this observation. */
    List<String> of(String observation) {
        return samples.getOrDefault(observation, List.of());
    }

    private static List<String> bands(List<Double> t) {
        List<String> values = new ArrayList<>();
        double first = t.get(0);
        values.add(format(first > 0 ? first / 2 : first == 0 ? 0 : first - 1));
        for (int i = 0; i + 1 < t.size(); i++) {
            values.add(format((t.get(i) + t.get(i + 1)) / 2));
        }
        double last = t.get(t.size() - 1);
        values.add(format(last > 0 ? last * 1.5 : last + 1));
        return values;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
