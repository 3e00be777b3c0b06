package com.invoicedoctor.probe;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark: how often a real error message alone puts its cause first (top-1) or among the first three
 * (top-3). Run with the test classpath: {@code java -cp … com.invoicedoctor.probe.ErrorTextAccuracy}.
 */
public final class ErrorTextAccuracy {

    /** The figures over the sample set. */
    record Figures(int samples, int top1, int top3, int causes, List<String> misses) {
        double top1Rate() {
            return (double) top1 / samples;
        }

        double top3Rate() {
            return (double) top3 / samples;
        }
    }

    private ErrorTextAccuracy() {
    }

    public static void main(String[] args) {
        Figures f = measure(Fixture.product());
        System.out.println(report(f));
    }

    static Figures measure(KnowledgeBase kb) {
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
        Reasoner reasoner = new Reasoner(kb);
        int top1 = 0;
        int top3 = 0;
        Map<String, Integer> perCause = new TreeMap<>();
        List<String> misses = new java.util.ArrayList<>();
        for (ErrorTextSamples.Sample s : ErrorTextSamples.all()) {
            List<Observation> facts = analyzer.analyse(s.text());
            List<String> ranked = reasoner.assess(facts).ranking().stream().limit(3).map(Assessment.Ranked::cause).toList();
            perCause.merge(s.cause(), 1, Integer::sum);
            if (!ranked.isEmpty() && ranked.get(0).equals(s.cause())) {
                top1++;
            }
            if (ranked.contains(s.cause())) {
                top3++;
            } else {
                misses.add(s + " → " + ranked + " from " + facts);
            }
        }
        return new Figures(ErrorTextSamples.all().size(), top1, top3, perCause.size(), misses);
    }

    static String report(Figures f) {
        StringBuilder out = new StringBuilder(String.format("error-text accuracy over %d real messages (%d causes): top-1 %.1f%% (%d), top-3 %.1f%% (%d)%n",
                f.samples(), f.causes(), f.top1Rate() * 100, f.top1(), f.top3Rate() * 100, f.top3()));
        f.misses().forEach(m -> out.append("  missed: ").append(m).append('\n'));
        return out.toString();
    }
}
