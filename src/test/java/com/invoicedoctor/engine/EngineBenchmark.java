package com.invoicedoctor.engine;

import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints the start-up and per-evaluation costs of the engine on the product's knowledge:
 * load + compile time (median of several runs), one diagnose evaluation, one choice of the next question.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.engine.EngineBenchmark [pick-rounds]
 */
public final class EngineBenchmark {
    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        int loads = 7;
        List<Double> loadMs = new ArrayList<>();
        KnowledgeBase kb = null;
        for (int i = 0; i < loads; i++) {
            long t = System.nanoTime();
            kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
            loadMs.add((System.nanoTime() - t) / 1e6);
        }
        Reasoner reasoner = new Reasoner(kb);
        Interviewer interviewer = new Interviewer(reasoner);
        List<List<Observation>> cases = new ArrayList<>();
        for (Scenario s : kb.scenarios()) {
            cases.add(Facts.parse(s.facts(), kb, Observation.Source.answer, s.id()));
        }
        for (int warm = 0; warm < 3; warm++) {
            cases.forEach(reasoner::assess);
        }
        List<Double> diagnoseMs = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (List<Observation> c : cases) {
                long t = System.nanoTime();
                reasoner.assess(c);
                diagnoseMs.add((System.nanoTime() - t) / 1e6);
            }
        }
        List<Double> nextMs = new ArrayList<>();
        int pickRounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        // the first round only warms up the JIT, as a running server's would be
        for (int round = -1; round < pickRounds; round++) {
            for (Scenario s : kb.scenarios()) {
                CaseState state = CaseState.start(Audience.helpdesk);
                int n = 0;
                for (var e : s.facts().entrySet()) {
                    if (n++ >= 3) {
                        break;
                    }
                    String q = kb.questions().stream().filter(x -> x.observation().equals(e.getKey())).map(x -> x.id()).findFirst().orElse(null);
                    if (q != null) {
                        state = state.answer(q, e.getValue());
                    }
                }
                long t = System.nanoTime();
                interviewer.next(state, Lang.en);
                if (round >= 0) {
                    nextMs.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        // interviews answered at random, as the load benchmark's clients do: cases no scenario foresaw
        java.util.Random random = new java.util.Random(7);
        List<Double> randomMs = new ArrayList<>();
        for (int walk = 0; walk < 40 * pickRounds; walk++) {
            CaseState state = CaseState.start(Audience.helpdesk);
            for (int step = 0; step < 40; step++) {
                long t = System.nanoTime();
                var turn = interviewer.next(state, Lang.en);
                if (walk >= 20) {
                    randomMs.add((System.nanoTime() - t) / 1e6);
                }
                if (turn.done()) {
                    break;
                }
                var q = turn.question();
                String answer = q.options().isEmpty() ? String.valueOf(random.nextInt(1000))
                        : q.options().get(random.nextInt(q.options().size())).value();
                state = state.answer(q.id(), answer);
            }
        }
        System.out.printf("knowledge: %d causes, %d rules, %d observations, %d questions, %d scenarios%n",
                kb.causes().size(), kb.rules().sources().size(), kb.observations().size(), kb.questions().size(), kb.scenarios().size());
        System.out.printf("load + compile at start: median %.0f ms over %d runs (first, cold JVM: %.0f ms)%n",
                median(loadMs.subList(1, loadMs.size())), loads - 1, loadMs.get(0));
        System.out.printf("one diagnose evaluation: median %.3f ms, p99 %.3f ms over %d evaluations%n",
                median(diagnoseMs), percentile(diagnoseMs, 0.99), diagnoseMs.size());
        System.out.printf("pick the next question (helpdesk): median %.2f ms, p99 %.2f ms over %d picks%n",
                median(nextMs), percentile(nextMs, 0.99), nextMs.size());
        System.out.printf("pick the next question, answers at random (helpdesk): median %.2f ms, p99 %.2f ms over %d picks%n",
                median(randomMs), percentile(randomMs, 0.99), randomMs.size());
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
