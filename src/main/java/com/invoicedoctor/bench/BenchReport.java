package com.invoicedoctor.bench;

import java.util.List;
import java.util.Map;

/** The figures of one benchmark run (the JSON keys of `bench --json`). */
public record BenchReport(
        int scenarios,
        String audience,
        Map<String, Double> noise,
        long seed,
        double top1,
        double top3,
        double meanQuestions,
        double ece,
        double baselineTop1,
        double baselineTop3,
        double baselineMeanQuestions,
        double baselineEce,
        double medianNextMillis,
        double temperature,
        List<String> misses) {
}
