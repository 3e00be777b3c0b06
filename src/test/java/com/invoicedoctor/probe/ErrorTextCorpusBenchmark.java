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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The error-text reading on the corpus of real messages in evaluation/error-texts/ (collected from public sources
 * by people who never saw the patterns): top-1 and top-3 against the causes a support engineer accepts, and the share
 * of messages nothing was recognised in; per part, per language and per layer (patterns alone, with the term lexicon,
 * with the classifier). The development part is every area's dev.yaml and test.yaml; the test part is
 * the newest held-out-N folder (ErrorCorpus says why). When the test part is absent, the benchmark says so and reports
 * the development part only. The classifier was trained on the development part, so its development figures are
 * read on its own training data; the honest development figure is dev-cv, each message read by a classifier trained
 * without its source.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ErrorTextCorpusBenchmark
 * [--part dev|test] [--misses]. The development part is read unless {@code --part test} names the test part, which is
 * read alone (once, when the knowledge is final); {@code --misses} also prints each development message whose first cause was not an accepted one, with the facts
 * read and the ranking. For the test part only figures are printed, never a message: it must not be seen or tuned on.
 */
public final class ErrorTextCorpusBenchmark {
    private ErrorTextCorpusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
        Reasoner reasoner = new Reasoner(kb);
        Map<String, Set<Layer>> layers = new LinkedHashMap<>();
        layers.put("1 patterns", EnumSet.of(Layer.PATTERN));
        layers.put("1+2 terms", EnumSet.of(Layer.PATTERN, Layer.TERM));
        layers.put("1+2+3 all", EnumSet.allOf(Layer.class));
        // --part dev while writing knowledge, so the test figures are not looked at after every change
        List<String> arguments = List.of(args);
        int at = arguments.indexOf("--part");
        String only = arguments.contains("--dev-only") ? ErrorCorpus.DEVELOPMENT
                : at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : null;
        if (only != null && !List.of(ErrorCorpus.DEVELOPMENT, ErrorCorpus.TEST).contains(only)) {
            throw new IllegalArgumentException("--part is dev or test, not " + only);
        }
        if (ErrorCorpus.TEST.equals(only) && arguments.contains("--misses")) {
            throw new IllegalArgumentException("--misses is for the development part only: the test part is never shown");
        }
        Path corpus = Path.of("evaluation/error-texts");
        // the test part is read only when asked for by name: it is counted once, when the knowledge is final
        String part = only == null ? ErrorCorpus.DEVELOPMENT : only;
        Optional<List<ErrorCorpus.Message>> heldOut = part.equals(ErrorCorpus.TEST) ? ErrorCorpus.heldOut(corpus) : Optional.empty();
        if (part.equals(ErrorCorpus.TEST) && heldOut.isEmpty()) {
            System.out.println("no test part: no " + ErrorCorpus.HELD_OUT_PREFIX + "N folder under " + corpus
                    + " (not collected yet); development figures only");
            part = ErrorCorpus.DEVELOPMENT;
        }
        List<ErrorCorpus.Message> messages = heldOut.isPresent() ? heldOut.get() : ErrorCorpus.development(corpus);
        if (heldOut.isPresent()) {
            System.out.println("test part: " + ErrorCorpus.newestHeldOut(corpus).orElseThrow().getFileName()
                    + ", " + messages.size() + " messages");
        }
        for (var layer : layers.entrySet()) {
            Map<String, int[]> tallies = new LinkedHashMap<>();
            for (ErrorCorpus.Message m : messages) {
                tally(m, analyzer.analyse(m.text(), layer.getValue()), reasoner, tallies);
            }
            print(part, layer.getKey(), tallies);
        }
        if (part.equals(ErrorCorpus.DEVELOPMENT) && arguments.contains("--misses")) {
            misses(messages, analyzer, reasoner);
        }
        if (part.equals(ErrorCorpus.DEVELOPMENT)) {
            crossValidated(kb, reasoner);
        }
    }

    /** Each development message read wrongly first, with why: the facts read (and the line each quotes) and the top three. */
    private static void misses(List<ErrorCorpus.Message> messages, ErrorTextAnalyzer analyzer, Reasoner reasoner) {
        int n = 0;
        for (ErrorCorpus.Message m : messages) {
            List<Observation> facts = analyzer.analyse(m.text());
            List<Assessment.Ranked> ranking = reasoner.assess(facts).ranking();
            if (m.accepted().contains(ranking.get(0).cause())) {
                continue;
            }
            n++;
            String text = m.text().replaceAll("\\s+", " ");
            System.out.printf("%nMISS %d [%s %s] %s%n  text: %s%n  accepted: %s%n  ranked: %s%n", n, m.area(), m.lang(),
                    m.sourceKey(), text.length() > 300 ? text.substring(0, 300) + "…" : text, m.accepted(),
                    ranking.subList(0, 3).stream().map(r -> String.format(java.util.Locale.ROOT, "%s %.2f", r.cause(), r.confidence())).toList());
            facts.forEach(f -> System.out.printf("  read: %s=%s  %s%n", f.id(), f.value(), f.detail()));
            if (facts.isEmpty()) {
                System.out.println("  read: nothing");
            }
            // the rules that weighed for the top cause and for the first accepted one
            for (Assessment.Ranked r : ranking) {
                if (r == ranking.get(0) || r.cause().equals(m.accepted().get(0))) {
                    System.out.printf("  weighed for %s: %s%n", r.cause(), r.evidence().stream()
                            .map(e -> String.format(java.util.Locale.ROOT, "%.1f %s", e.ratio(), e.rule())).toList());
                }
            }
        }
    }

    /**
     * The whole reading on the development part with the classifier of each message trained without the message's
     * source (5 folds by source, as train-reader chooses its threshold): the development figure that does not read
     * the classifier's own training data. The lexicon was still written from these messages.
     */
    private static void crossValidated(KnowledgeBase kb, Reasoner reasoner) throws IOException {
        List<ErrorCorpus.Message> messages = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        TextClassifier trained = kb.errorClassifier().orElseThrow();
        Map<String, int[]> tallies = new LinkedHashMap<>();
        for (int fold = 0; fold < ClassifierTraining.FOLDS; fold++) {
            int f = fold;
            List<ErrorCorpus.Message> trainOn = messages.stream().filter(m -> ClassifierTraining.foldOf(m) != f).toList();
            ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb, trained.withModel(ClassifierTraining.model(trainOn)));
            for (ErrorCorpus.Message m : messages.stream().filter(m -> ClassifierTraining.foldOf(m) == f).toList()) {
                tally(m, analyzer.analyse(m.text()), reasoner, tallies);
            }
        }
        print("dev-cv", "1+2+3 all", tallies);
    }

    private static void tally(ErrorCorpus.Message m, List<Observation> facts, Reasoner reasoner, Map<String, int[]> tallies) {
        List<String> ranking = reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
        boolean first = m.accepted().contains(ranking.get(0));
        boolean top3 = ranking.subList(0, 3).stream().anyMatch(m.accepted()::contains);
        for (String key : List.of("all", m.lang())) {
            int[] t = tallies.computeIfAbsent(key, k -> new int[4]);
            t[0]++;
            t[1] += first ? 1 : 0;
            t[2] += top3 ? 1 : 0;
            t[3] += facts.isEmpty() ? 1 : 0;
        }
    }

    private static void print(String part, String layer, Map<String, int[]> tallies) {
        tallies.forEach((k, t) -> System.out.printf("%-5s %-10s %-4s n %3d  top-1 %.2f  top-3 %.2f  not recognised %.2f%n",
                part, layer, k, t[0], t[1] / (double) t[0], t[2] / (double) t[0], t[3] / (double) t[0]));
    }
}
