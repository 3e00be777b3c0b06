package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Question.Audience;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which scenarios end in each band of the leader's confidence with the realistic caller, and whether they end right:
 * what the bench's ECE is made of, scenario by scenario (a knowledge engineer's tool; it changes nothing).
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.CalibrationBands
 * [helpdesk|customer] [draws] [seed]
 */
public final class CalibrationBands {
    private CalibrationBands() {
    }

    public static void main(String[] args) {
        Audience audience = Audience.valueOf(args.length > 0 ? args[0] : "helpdesk");
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261126L;
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        List<CaseResult> all = Collections.synchronizedList(new ArrayList<>());
        BenchReport report = new Benchmark(kb, new Reasoner(kb)).run(audience, Caller.REALISTIC, seed, draws, all::addAll);
        Map<Integer, Map<String, int[]>> bands = new TreeMap<>();
        for (CaseResult r : all) {
            int band = Math.min(Calibration.BINS - 1, (int) (r.topConfidence() * Calibration.BINS));
            String key = r.scenario() + " -> " + r.ranking().get(0);
            int[] rightOfAll = bands.computeIfAbsent(band, b -> new TreeMap<>()).computeIfAbsent(key, k -> new int[2]);
            rightOfAll[0] += r.top1() ? 1 : 0;
            rightOfAll[1]++;
        }
        System.out.printf("%s, %d draws, seed %d: ECE %.3f%n", audience, draws, seed, report.ece());
        bands.forEach((band, cases) -> {
            System.out.printf("%.1f-%.1f%n", band / 10.0, (band + 1) / 10.0);
            cases.forEach((key, n) -> System.out.printf("  %d of %d right  %s%n", n[0], n[1], key));
        });
    }
}
