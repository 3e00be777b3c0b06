package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints, for every scenario with all its facts given and no noise, where its true cause ranks —
 * a knowledge engineer's view of which cases the rules cannot yet tell apart.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.bench.ScenarioReport [filter]
 */
public final class ScenarioReport {
    private ScenarioReport() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Reasoner reasoner = new Reasoner(kb);
        int top1 = 0;
        for (Scenario s : kb.scenarios()) {
            List<Observation> facts = Facts.parse(s.facts(), kb, Observation.Source.check, s.id());
            Assessment a = reasoner.assess(facts);
            int rank = a.ranking().stream().map(Assessment.Ranked::cause).toList().indexOf(s.cause()) + 1;
            top1 += rank == 1 ? 1 : 0;
            boolean show = args.length == 0 ? rank != 1 : s.id().contains(args[0]);
            if (show) {
                System.out.printf("%-60s rank %2d  %.2f   top %s %.2f%n", s.id(), rank, a.confidence(s.cause()),
                        a.top().cause(), a.top().confidence());
                if (args.length > 0) {
                    for (Assessment.Ranked r : a.ranking().subList(0, 4)) {
                        System.out.printf("    %s %.3f%n", r.cause(), r.confidence());
                        r.evidence().forEach(e -> System.out.printf("        %5.2f  %s%n", e.ratio(), e.rule()));
                    }
                }
            }
        }
        System.out.printf("noise-free, all facts: top-1 %d / %d%n", top1, kb.scenarios().size());
    }
}
