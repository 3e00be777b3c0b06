package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.reading.ClassifierTraining;
import com.invoicedoctor.reading.ErrorCorpus;
import com.invoicedoctor.reading.TextClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a guess of the classifier is worth when it is the only layer that read a message (no pattern, no term):
 * measured on the development part with the classifier of each message trained without its source (5 folds by
 * source, several fold seeds). Prints, for the classifier's first, second and third causes by probability band, how
 * often that cause was an accepted one (what rules/error-reading.drl's weights for error.reads-like* should follow);
 * then, with the rules as they are, top-1, top-3 and the expected calibration error of the confidence shown for first
 * place on those messages, and top-1, top-3 and the share not recognised over the whole development part.
 * Run from a folder holding evaluation/, knowledge-base/ and rules/:
 * java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.LoneGuessCalibration
 */
public final class LoneGuessCalibration {
    /** Upper bounds of the probability bands. */
    static final double[] BANDS = {0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.01};
    static final int[] SEEDS = {0, 1, 2};
    /** Bins of the expected calibration error (tenths of confidence). */
    static final int BINS = 10;

    private LoneGuessCalibration() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Reasoner reasoner = new Reasoner(kb);
        TextClassifier trained = kb.errorClassifier().orElseThrow();
        List<ErrorCorpus.Message> dev = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        int[][][] bands = new int[3][BANDS.length][2]; // rank, band, {n, accepted}
        int alone = 0;
        int aloneTop1 = 0;
        int aloneTop3 = 0;
        double[][] ece = new double[BINS][3]; // {n, sum confidence, right}
        int all = 0;
        int top1 = 0;
        int top3 = 0;
        int unread = 0;
        for (int seed : SEEDS) {
            for (int fold = 0; fold < ClassifierTraining.FOLDS; fold++) {
                int f = fold;
                TextClassifier c = trained.withModel(ClassifierTraining.model(
                        dev.stream().filter(m -> ReaderLearningCurve.fold(m, seed) != f).toList()));
                ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb, c);
                for (ErrorCorpus.Message m : dev.stream().filter(m -> ReaderLearningCurve.fold(m, seed) == f).toList()) {
                    List<Observation> facts = analyzer.analyse(m.text());
                    List<Assessment.Ranked> ranking = reasoner.assess(facts).ranking();
                    boolean first = m.accepted().contains(ranking.get(0).cause());
                    boolean inTop3 = ranking.stream().limit(3).map(Assessment.Ranked::cause).anyMatch(m.accepted()::contains);
                    all++;
                    top1 += first ? 1 : 0;
                    top3 += inTop3 ? 1 : 0;
                    unread += facts.isEmpty() ? 1 : 0;
                    if (facts.stream().noneMatch(o -> o.id().equals(ErrorTextAnalyzer.READS_LIKE_ALONE) && o.value().equals("yes"))) {
                        continue;
                    }
                    alone++;
                    aloneTop1 += first ? 1 : 0;
                    aloneTop3 += inTop3 ? 1 : 0;
                    double shown = ranking.get(0).confidence();
                    double[] bin = ece[Math.min(BINS - 1, (int) (shown * BINS))];
                    bin[0]++;
                    bin[1] += shown;
                    bin[2] += first ? 1 : 0;
                    List<TextClassifier.Guess> guesses = c.ranked(m.text());
                    for (int rank = 0; rank < 3 && rank < guesses.size(); rank++) {
                        int band = band(guesses.get(rank).probability());
                        bands[rank][band][0]++;
                        bands[rank][band][1] += m.accepted().contains(guesses.get(rank).cause()) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "read by the classifier alone: %d of %d readings (%d seeds x %d messages)%n",
                alone, all, SEEDS.length, dev.size());
        for (int rank = 0; rank < 3; rank++) {
            double low = 0;
            for (int b = 0; b < BANDS.length; b++) {
                int[] t = bands[rank][b];
                if (t[0] > 0) {
                    System.out.printf(Locale.ROOT, "choice %d  p %.2f-%.2f  n %4d  accepted %.2f%n", rank + 1, low,
                            Math.min(1, BANDS[b]), t[0], t[1] / (double) t[0]);
                }
                low = BANDS[b];
            }
        }
        double error = 0;
        for (double[] bin : ece) {
            if (bin[0] > 0) {
                error += Math.abs(bin[1] / bin[0] - bin[2] / bin[0]) * bin[0] / alone;
                System.out.printf(Locale.ROOT, "shown %.2f  n %4.0f  right %.2f%n", bin[1] / bin[0], bin[0], bin[2] / bin[0]);
            }
        }
        System.out.printf(Locale.ROOT, "alone: top-1 %.3f top-3 %.3f ECE of first place %.3f%n", aloneTop1 / (double) alone,
                aloneTop3 / (double) alone, error);
        System.out.printf(Locale.ROOT, "all dev (cross-validated): top-1 %.3f top-3 %.3f not recognised %.3f%n",
                top1 / (double) all, top3 / (double) all, unread / (double) all);
    }

    private static int band(double p) {
        int b = 0;
        while (p >= BANDS[b]) {
            b++;
        }
        return b;
    }
}
