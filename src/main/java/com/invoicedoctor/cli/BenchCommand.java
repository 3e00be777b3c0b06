package com.invoicedoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.bench.BenchReport;
import com.invoicedoctor.bench.Caller;
import com.invoicedoctor.bench.Benchmark;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Question.Audience;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the scenario set through the interview with simulated users and prints the figures. */
@Command(name = "bench", description = "Runs every scenario through the adaptive interview and the fixed questionnaire; "
        + "reports accuracy, questions asked and calibration.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--flip", description = "the noisy caller of earlier benches: share of answers flipped to another option "
            + "(with --unknown; without either, the realistic caller answers: what the scenario says, \"unknown\" otherwise "
            + "unless anyone would notice, 3%% wrong)")
    Double flip;

    @Option(names = "--unknown", description = "the noisy caller: share of answers given as unknown at random")
    Double unknown;

    @Option(names = "--knows", description = "the realistic caller: share of the scenario's facts they can tell when asked "
            + "(default 0.45, as many \"I don't know\" answers as people walking real stories gave; 1: all of them)")
    Double knows;

    @Option(names = "--seed", defaultValue = "20261126", description = "random seed (default 20261126)")
    long seed;

    @Option(names = "--draws", defaultValue = "5", description = "callers drawn per scenario (default 5): the caller is "
            + "random, so one draw's figures move with the seed, the ECE most; every figure is over all draws")
    int draws;

    @Option(names = "--audience", defaultValue = "helpdesk", description = "helpdesk or customer (default helpdesk)")
    Audience audience;

    @Option(names = "--temperature", description = "override kb.yaml's temperature (to choose it by calibration)")
    Double temperature;

    @Option(names = "--answer-error", description = "override kb.yaml's answerErrorRate")
    Double answerError;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (draws < 1) {
            spec.commandLine().getErr().println("--draws must be at least 1");
            return 2;
        }
        KnowledgeBase kb = knowledge.loadOrReport(spec.commandLine().getErr());
        if (kb == null) {
            return 1;
        }
        if (kb.scenarios().isEmpty()) {
            spec.commandLine().getErr().println("no scenarios in knowledge-base/scenarios/");
            return 1;
        }
        Reasoner reasoner = new Reasoner(kb, Reasoner.priorsOf(kb),
                temperature == null ? kb.settings().temperature() : temperature,
                answerError == null ? kb.settings().answerErrorRateOrDefault() : answerError);
        if (knows != null && !(knows > 0 && knows <= 1)) {
            spec.commandLine().getErr().println("--knows must lie above 0 and at most 1");
            return 2;
        }
        Caller caller = flip != null || unknown != null ? Caller.noisy(flip == null ? 0 : flip, unknown == null ? 0 : unknown)
                : knows == null ? Caller.REALISTIC : Caller.realistic(knows);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        int total = kb.scenarios().size();
        BenchReport r;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), "bench",
                () -> done.get() + " of " + total + " scenarios")) {
            r = new Benchmark(kb, reasoner).run(audience, caller, seed, draws, interviews -> done.incrementAndGet());
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        } else {
            out.printf("%d scenarios × %d caller%s each, audience %s, %s caller (%.0f%% wrong%s), seed %d%n",
                    r.scenarios(), r.draws(), r.draws() == 1 ? "" : "s", r.audience(), caller.realistic() ? "realistic" : "noisy", caller.flip() * 100,
                    caller.realistic() ? String.format(", can tell %.0f%% of the facts", caller.knows() * 100)
                            : String.format(" + %.0f%% unknown", caller.unknown() * 100),
                    seed);
            out.printf("adaptive interview : top-1 %.3f  top-3 %.3f  mean questions %.2f  ECE %.3f  confident %.3f (wrong %.3f)"
                    + "  answered \"unknown\" %.3f%n", r.top1(), r.top3(), r.meanQuestions(), r.ece(), r.confidentShare(),
                    r.wrongConfidentShare(), r.unknownAnswerShare());
            out.printf("fixed questionnaire: top-1 %.3f  top-3 %.3f  mean questions %.2f  ECE %.3f%n",
                    r.baselineTop1(), r.baselineTop3(), r.baselineMeanQuestions(), r.baselineEce());
            out.printf("questions ratio %.2f; median time to pick a question %.2f ms; temperature %.2f%n",
                    r.baselineMeanQuestions() == 0 ? 0 : r.meanQuestions() / r.baselineMeanQuestions(),
                    r.medianNextMillis(), r.temperature());
            out.printf("stories read alone (zh and en): top-1 %.3f  top-3 %.3f  facts read from %.3f%n",
                    r.storyOnlyTop1(), r.storyOnlyTop3(), r.storyFacts());
            out.println("reliability (leader's final confidence -> share right):");
            r.reliability().forEach(b -> out.printf("  %s: n %3d  mean confidence %.2f  right %.2f%n", b.band(), b.n(),
                    b.meanConfidence(), b.right()));
            r.misses().forEach(m -> out.println("  miss: " + m));
        }
        out.flush();
        return 0;
    }
}
