package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.probe.ErrorTextAnalyzer.Layer;
import com.invoicedoctor.reading.ClassifierTraining;
import com.invoicedoctor.reading.ErrorCorpus;
import com.invoicedoctor.reading.TextClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the development part's messages go wrong, per language and per corpus folder, with the classifier of each
 * message trained without its source (5 folds by source, as dev-cv): a message is read with patterns, with patterns
 * and terms, and with all three layers, and each miss of the whole reading is put in one class: nothing read, only the
 * classifier read it (and was wrong), a pattern read something (and the reading was still wrong), only terms read it
 * (and were wrong), or patterns and terms had it right and the classifier's vote spoilt it. The gains of the vote
 * (patterns and terms wrong, all three right) are counted beside, apart from the messages only the classifier read. Run from the project folder (or a copy of it with
 * another corpus): java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ErrorTextMissBreakdown
 */
public final class ErrorTextMissBreakdown {
    private static final List<String> CLASSES = List.of("right", "nothing read", "classifier alone wrong",
            "pattern read, wrong", "terms only, wrong", "vote spoilt", "vote put right", "classifier alone right");

    private ErrorTextMissBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Reasoner reasoner = new Reasoner(kb);
        List<ErrorCorpus.Message> messages = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        TextClassifier trained = kb.errorClassifier().orElseThrow();
        ErrorTextAnalyzer plain = new ErrorTextAnalyzer(kb, null);
        Map<String, int[]> tallies = new TreeMap<>();
        for (int fold = 0; fold < ClassifierTraining.FOLDS; fold++) {
            int f = fold;
            List<ErrorCorpus.Message> trainOn = messages.stream().filter(m -> ClassifierTraining.foldOf(m) != f).toList();
            ErrorTextAnalyzer all = new ErrorTextAnalyzer(kb, trained.withModel(ClassifierTraining.model(trainOn)));
            for (ErrorCorpus.Message m : messages.stream().filter(m -> ClassifierTraining.foldOf(m) == f).toList()) {
                List<Observation> p = plain.analyse(m.text(), EnumSet.of(Layer.PATTERN));
                List<Observation> pt = plain.analyse(m.text(), EnumSet.of(Layer.PATTERN, Layer.TERM));
                List<Observation> everything = all.analyse(m.text());
                boolean ptRight = right(m, pt, reasoner);
                boolean allRight = right(m, everything, reasoner);
                String c;
                if (allRight) {
                    c = ptRight ? "right" : pt.isEmpty() ? "classifier alone right" : "vote put right";
                } else if (everything.isEmpty()) {
                    c = "nothing read";
                } else if (pt.isEmpty()) {
                    c = "classifier alone wrong";
                } else if (ptRight) {
                    c = "vote spoilt";
                } else if (!p.isEmpty()) {
                    c = "pattern read, wrong";
                } else {
                    c = "terms only, wrong";
                }
                for (String key : List.of(m.lang() + " all", m.lang() + " " + m.area())) {
                    int[] t = tallies.computeIfAbsent(key, k -> new int[CLASSES.size() + 1]);
                    t[CLASSES.indexOf(c)]++;
                    t[CLASSES.size()]++;
                }
            }
        }
        System.out.printf("%-22s %4s", "language / folder", "n");
        CLASSES.forEach(c -> System.out.printf(" | %s", c));
        System.out.println();
        tallies.forEach((k, t) -> {
            System.out.printf("%-22s %4d", k, t[CLASSES.size()]);
            for (int i = 0; i < CLASSES.size(); i++) {
                System.out.printf(" | %" + CLASSES.get(i).length() + "d", t[i]);
            }
            System.out.println();
        });
    }

    private static boolean right(ErrorCorpus.Message m, List<Observation> facts, Reasoner reasoner) {
        List<Assessment.Ranked> ranking = reasoner.assess(facts).ranking();
        return m.accepted().contains(ranking.get(0).cause());
    }
}
