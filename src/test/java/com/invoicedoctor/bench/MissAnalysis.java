package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Sorts the noisy benchmark's interviews by how they ended (confident, exhausted, out of questions) and
 * whether the true cause led: a knowledge engineer's tool for seeing where accuracy is lost.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.MissAnalysis [flip] [unknown] [kb-dir]
 */
public final class MissAnalysis {
    private MissAnalysis() {
    }

    public static void main(String[] args) {
        double flip = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
        double unknown = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        KnowledgeBase kb = KnowledgeLoader.load(Path.of(args.length > 2 ? args[2] : "knowledge-base"), Path.of("rules"));
        Benchmark benchmark = new Benchmark(kb, new Reasoner(kb));
        Map<String, int[]> tally = new TreeMap<>();
        kb.scenarios().parallelStream().forEach(s -> {
            SimulatedUser user = new SimulatedUser(kb, s, new Random(20261126L ^ s.id().hashCode()), flip, unknown);
            Benchmark.Interview ended = benchmark.interview(Audience.helpdesk, user, new ArrayList<>());
            Turn turn = ended.last();
            int asked = ended.asked();
            boolean hit = turn.assessment().top().cause().equals(s.cause());
            int rank = 1 + turn.assessment().ranking().stream().map(r -> r.cause()).toList().indexOf(s.cause());
            String key = (turn.done() ? turn.outcome().name() : "max-questions") + (hit ? " hit" : " miss");
            synchronized (tally) {
                tally.computeIfAbsent(key, k -> new int[2])[0]++;
                tally.get(key)[1] += asked;
                if (!hit) {
                    System.out.printf("%-55s %-9s q=%2d top %s %.2f, truth rank %d %.2f%n", s.id(), key, asked,
                            turn.assessment().top().cause(), turn.assessment().top().confidence(), rank,
                            turn.assessment().confidence(s.cause()));
                }
            }
        });
        tally.forEach((k, v) -> System.out.printf("%-20s %3d cases, mean questions %.1f%n", k, v[0], (double) v[1] / v[0]));
    }
}
