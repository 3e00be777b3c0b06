package com.invoicedoctor.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run (the JSON keys of `bench --json`). The story figures read each scenario's story
 * alone, in both languages: {@code storyOnlyTop3} is the share whose true cause is in the top 3 before any
 * question, {@code storyFacts} the share from which at least one fact was read. {@code confidentShare} is the share
 * of interviews that ended confident, {@code wrongConfidentShare} the share that ended confident and wrong,
 * {@code unknownAnswerShare} the share of the interview's questions the simulated caller answered "I don't know",
 * {@code draws} how many callers each scenario had ({@code interviews} = scenarios × draws, what the interview
 * figures are over), {@code reliability} the adaptive interviews by the band of the leader's final confidence (what {@code ece} sums).
 */
public record BenchReport(
        int scenarios,
        int draws,
        int interviews,
        String audience,
        Map<String, Object> caller,
        long seed,
        double top1,
        double top3,
        double meanQuestions,
        double ece,
        double confidentShare,
        double wrongConfidentShare,
        double unknownAnswerShare,
        double baselineTop1,
        double baselineTop3,
        double baselineMeanQuestions,
        double baselineEce,
        double medianNextMillis,
        double temperature,
        double storyOnlyTop1,
        double storyOnlyTop3,
        double storyFacts,
        List<Calibration.Band> reliability,
        List<String> misses) {
}
