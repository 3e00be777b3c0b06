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
import com.invoicedoctor.reading.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * How the classifier's reading of new text grows with what it was trained on: the measurement that says whether more
 * messages would reach the goal. Reads the development part only (the newest held-out folder is never read).
 * <ul>
 *   <li>Learning curve: the classifier trained on what was there before each spent held-out set (the areas alone,
 *   then with held-out-2, …) and read on that next set: the classifier's own top-1 / top-3 (its best causes against
 *   the accepted ones) and the whole reading's (patterns, terms and that step's classifier; the patterns and terms of
 *   today, which were partly written from those sets, so the whole reading's figures flatter the early steps).</li>
 *   <li>Cross-validation by source (5 folds, every message of a source held out together) with 25, 50, 75 and 100 % of
 *   the training folds' sources, for several fold seeds: the classifier's own top-1 by training size.</li>
 *   <li>A fit of top-1 = a + b·ln(n) over the points, and the n at which it would reach 0.85.</li>
 * </ul>
 * {@code --features} instead compares token variants (Chinese trigrams, Latin word pairs, numbers by shape, the
 * lexicon's kinds read in the text) by cross-validation over the fold seeds and by the last step of the curve.
 * Run from a folder holding evaluation/, knowledge-base/ and rules/:
 * java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ReaderLearningCurve [--features]
 * [--steps-only] (the learning curve's steps alone, to compare rules quickly)
 */
public final class ReaderLearningCurve {
    /** Fold seeds: seed 0 is train-reader's own folds; the others show how much the figures move by chance. */
    static final int[] SEEDS = {0, 1, 2, 3, 4};
    static final double[] SHARES = {0.25, 0.5, 0.75, 1.0};
    static final double GOAL = 0.85;

    private ReaderLearningCurve() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        List<ErrorCorpus.Message> dev = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        if (List.of(args).contains("--features")) {
            features(kb, dev);
            return;
        }
        List<double[]> points = new ArrayList<>(); // {n, top-1}
        List<double[]> whole = new ArrayList<>();
        System.out.println("learning curve: train on what was there before each held-out set, read that set");
        for (Step s : steps(dev)) {
            DoccatModel model = ClassifierTraining.model(s.trainOn());
            double[] own = own(model, s.readOn(), Tokens::of);
            double[] all = whole(kb, model, s.readOn());
            System.out.printf(Locale.ROOT, "%-10s trained on %4d  read %3d  classifier top-1 %.2f top-3 %.2f  "
                            + "whole reading top-1 %.2f top-3 %.2f not recognised %.2f, read by the classifier alone %.0f%n",
                    s.name(), s.trainOn().size(), s.readOn().size(), own[0], own[1], all[0], all[1], all[2], all[3]);
            points.add(new double[]{s.trainOn().size(), own[0]});
            whole.add(new double[]{s.trainOn().size(), all[0]});
        }
        fit("next set, classifier top-1", points);
        fit("next set, whole reading top-1", whole);
        if (List.of(args).contains("--steps-only")) {
            return;
        }
        System.out.println("each next set read by a classifier trained on a share of the sources before it");
        List<double[]> shared = new ArrayList<>();
        List<Step> steps = steps(dev);
        for (Step s : steps) {
            List<double[]> own = new ArrayList<>();
            for (double share : SHARES) {
                for (int seed : share < 1 ? SEEDS : new int[]{0}) {
                    List<ErrorCorpus.Message> trainOn = s.trainOn().stream().filter(m -> kept(m, seed, share)).toList();
                    DoccatModel model = ClassifierTraining.model(trainOn);
                    double[] r = own(model, s.readOn(), Tokens::of);
                    double[] all = whole(kb, model, s.readOn());
                    System.out.printf(Locale.ROOT, "%-10s share %.2f seed %d  trained on %4d  classifier top-1 %.2f top-3 %.2f  "
                                    + "whole reading top-1 %.2f top-3 %.2f%n", s.name(), share, seed, trainOn.size(), r[0], r[1],
                            all[0], all[1]);
                    own.add(new double[]{trainOn.size(), r[0]});
                    // the whole reading against training size, on held-out-5 only: no knowledge was written from it yet
                    if (s.equals(steps.get(steps.size() - 1))) {
                        shared.add(new double[]{trainOn.size(), all[0]});
                    }
                }
            }
            fit(s.name() + ", classifier top-1 by share", own);
        }
        fit(steps.get(steps.size() - 1).name() + ", whole reading top-1 by share", shared);
        System.out.println("cross-validation by source with a share of the training folds' sources");
        List<double[]> cv = new ArrayList<>();
        for (double share : SHARES) {
            for (int seed : SEEDS) {
                double[] r = crossValidated(dev, seed, share, Tokens::of);
                System.out.printf(Locale.ROOT, "share %.2f seed %d  trained on %6.0f (mean)  classifier top-1 %.3f top-3 %.3f%n",
                        share, seed, r[2], r[0], r[1]);
                cv.add(new double[]{r[2], r[0]});
            }
        }
        fit("cross-validated, classifier top-1", cv);
    }

    /** A step of the curve: what was there before a held-out set, and that set. */
    record Step(String name, List<ErrorCorpus.Message> trainOn, List<ErrorCorpus.Message> readOn) {
    }

    /** The spent held-out folders in order, each with the areas and the older held-out folders before it. */
    static List<Step> steps(List<ErrorCorpus.Message> dev) {
        List<String> heldOut = dev.stream().map(ErrorCorpus.Message::area)
                .filter(a -> a.startsWith(ErrorCorpus.HELD_OUT_PREFIX)).distinct()
                .sorted(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.substring(ErrorCorpus.HELD_OUT_PREFIX.length()))))
                .toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < heldOut.size(); i++) {
            List<String> before = heldOut.subList(0, i);
            String next = heldOut.get(i);
            steps.add(new Step(next, dev.stream().filter(m -> !m.area().startsWith(ErrorCorpus.HELD_OUT_PREFIX)
                    || before.contains(m.area())).toList(), dev.stream().filter(m -> m.area().equals(next)).toList()));
        }
        return steps;
    }

    /** The classifier's own top-1 and top-3 on the messages (no gate: its ranking whatever the probability). */
    static double[] own(DoccatModel model, List<ErrorCorpus.Message> readOn, Function<String, String[]> tokens) {
        DocumentCategorizerME c = new DocumentCategorizerME(model);
        int top1 = 0;
        int top3 = 0;
        for (ErrorCorpus.Message m : readOn) {
            String[] t = tokens.apply(m.text());
            if (t.length == 0) {
                continue;
            }
            double[] p = c.categorize(t);
            List<String> ranked = java.util.stream.IntStream.range(0, p.length).boxed()
                    .sorted((a, b) -> Double.compare(p[b], p[a])).limit(3).map(c::getCategory).toList();
            top1 += m.accepted().contains(ranked.get(0)) ? 1 : 0;
            top3 += ranked.stream().anyMatch(m.accepted()::contains) ? 1 : 0;
        }
        return new double[]{top1 / (double) readOn.size(), top3 / (double) readOn.size()};
    }

    /**
     * The whole reading (three layers, this model as the classifier): top-1, top-3, share not recognised, and how many
     * messages the classifier read alone.
     */
    static double[] whole(KnowledgeBase kb, DoccatModel model, List<ErrorCorpus.Message> readOn) {
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb, kb.errorClassifier().orElseThrow().withModel(model));
        Reasoner reasoner = new Reasoner(kb);
        int top1 = 0;
        int top3 = 0;
        int unread = 0;
        int alone = 0;
        for (ErrorCorpus.Message m : readOn) {
            List<Observation> facts = analyzer.analyse(m.text());
            List<String> ranking = reasoner.assess(facts).ranking().stream().limit(3).map(Assessment.Ranked::cause).toList();
            top1 += m.accepted().contains(ranking.get(0)) ? 1 : 0;
            top3 += ranking.stream().anyMatch(m.accepted()::contains) ? 1 : 0;
            unread += facts.isEmpty() ? 1 : 0;
            alone += facts.stream().anyMatch(o -> o.id().equals(ErrorTextAnalyzer.READS_LIKE_ALONE) && o.value().equals("yes")) ? 1 : 0;
        }
        double n = readOn.size();
        return new double[]{top1 / n, top3 / n, unread / n, alone};
    }

    /** The fold of a message's source under a seed (seed 0: train-reader's folds). */
    static int fold(ErrorCorpus.Message m, int seed) {
        return seed == 0 ? ClassifierTraining.foldOf(m) : (int) Math.floorMod(mix(m.sourceKey(), seed), ClassifierTraining.FOLDS);
    }

    /** Whether a source is kept when training on a share of the sources (by a hash independent of the fold's). */
    static boolean kept(ErrorCorpus.Message m, int seed, double share) {
        return share >= 1 || Math.floorMod(mix(m.sourceKey(), 1000 + seed), 1000) < share * 1000;
    }

    /** A hash of a source and a seed whose every bit depends on both (SplitMix64's finaliser). */
    static long mix(String key, int seed) {
        long z = key.hashCode() * 0x9E3779B97F4A7C15L + seed * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Cross-validated by source: classifier top-1, top-3 and the mean number of messages trained on. */
    static double[] crossValidated(List<ErrorCorpus.Message> dev, int seed, double share, Function<String, String[]> tokens)
            throws IOException {
        double top1 = 0;
        double top3 = 0;
        double trained = 0;
        for (int f = 0; f < ClassifierTraining.FOLDS; f++) {
            int fold = f;
            List<ErrorCorpus.Message> trainOn = dev.stream().filter(m -> fold(m, seed) != fold && kept(m, seed, share)).toList();
            List<ErrorCorpus.Message> readOn = dev.stream().filter(m -> fold(m, seed) == fold).toList();
            double[] r = own(model(trainOn, tokens), readOn, tokens);
            top1 += r[0] * readOn.size();
            top3 += r[1] * readOn.size();
            trained += trainOn.size() / (double) ClassifierTraining.FOLDS;
        }
        return new double[]{top1 / dev.size(), top3 / dev.size(), trained};
    }

    /** Least squares of y = a + b·ln(n), printed with the n at which it would reach the goal. */
    static void fit(String what, List<double[]> points) {
        double mx = points.stream().mapToDouble(p -> Math.log(p[0])).average().orElse(0);
        double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = points.stream().mapToDouble(p -> (Math.log(p[0]) - mx) * (p[1] - my)).sum();
        double sxx = points.stream().mapToDouble(p -> (Math.log(p[0]) - mx) * (Math.log(p[0]) - mx)).sum();
        double b = sxx == 0 ? 0 : sxy / sxx;
        double a = my - b * mx;
        String reach = b <= 0 ? "never at this rate" : String.format(Locale.ROOT, "%.0f messages", Math.exp((GOAL - a) / b));
        System.out.printf(Locale.ROOT, "fit %s: %.3f + %.3f ln(n)  (+%.3f per doubling); %.2f at %s%n", what, a, b,
                b * Math.log(2), GOAL, reach);
    }

    /** A model over other tokens than the product's (the same training settings as train-reader). */
    static DoccatModel model(List<ErrorCorpus.Message> messages, Function<String, String[]> tokens) throws IOException {
        List<DocumentSample> samples = messages.stream().map(m -> new DocumentSample(m.accepted().get(0), tokens.apply(m.text()))).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("x-unspecified", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** Token variants: cross-validated over the seeds (mean and spread) and on the last step of the curve. */
    static void features(KnowledgeBase kb, List<ErrorCorpus.Message> dev) throws IOException {
        ErrorTextAnalyzer strong = new ErrorTextAnalyzer(kb, null);
        Map<String, String[]> kinds = new HashMap<>();
        Function<String, String[]> kindsOf = t -> kinds.computeIfAbsent(t, x -> strong.analyse(x, EnumSet.of(Layer.PATTERN, Layer.TERM))
                .stream().filter(o -> o.id().startsWith("term.")).map(o -> "kind:" + o.id()).distinct().toArray(String[]::new));
        Map<String, Function<String, String[]>> variants = new LinkedHashMap<>();
        variants.put("today", Tokens::of);
        variants.put("+zh trigrams", t -> concat(Tokens.of(t), trigrams(t)));
        variants.put("+latin pairs", t -> concat(Tokens.of(t), latinPairs(t)));
        variants.put("+number shapes", t -> concat(Tokens.of(t), numberShapes(t)));
        variants.put("+lexicon kinds", t -> concat(Tokens.of(t), kindsOf.apply(t)));
        Step last = steps(dev).get(steps(dev).size() - 1);
        for (var v : variants.entrySet()) {
            double[] top1 = new double[SEEDS.length];
            double[] top3 = new double[SEEDS.length];
            for (int i = 0; i < SEEDS.length; i++) {
                double[] r = crossValidated(dev, SEEDS[i], 1.0, v.getValue());
                top1[i] = r[0];
                top3[i] = r[1];
            }
            double[] next = own(model(last.trainOn(), v.getValue()), last.readOn(), v.getValue());
            System.out.printf(Locale.ROOT, "%-16s cv top-1 %.3f (seeds %s) top-3 %.3f  %s top-1 %.3f top-3 %.3f%n",
                    v.getKey(), Arrays.stream(top1).average().orElse(0), Arrays.toString(round(top1)),
                    Arrays.stream(top3).average().orElse(0), last.name(), next[0], next[1]);
        }
    }

    /** Overlapping triples of Chinese characters, marked apart from the pairs. */
    static String[] trigrams(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            if (han(text.charAt(i)) && han(text.charAt(i + 1)) && han(text.charAt(i + 2))) {
                out.add("3:" + text.substring(i, i + 3));
            }
        }
        return out.toArray(String[]::new);
    }

    /** Adjacent Latin words (lower case, two letters or more), as one token. */
    static String[] latinPairs(String text) {
        String[] words = Arrays.stream(text.split("[^A-Za-z]+")).filter(w -> w.length() >= 2)
                .map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            out.add("2:" + words[i] + "_" + words[i + 1]);
        }
        return out.toArray(String[]::new);
    }

    /** Every number by its shape (how many digits; a hexadecimal 0x… as one), so a code's length is learnt, not its value. */
    static String[] numberShapes(String text) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("0x[0-9A-Fa-f]+|\\d+").matcher(text);
        while (m.find()) {
            String n = m.group();
            out.add(n.startsWith("0x") ? "#hex" : "#d" + Math.min(n.length(), 6));
        }
        return out.toArray(String[]::new);
    }

    private static boolean han(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 1000) / 1000.0).toArray();
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
