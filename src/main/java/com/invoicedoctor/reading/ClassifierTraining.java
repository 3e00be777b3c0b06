package com.invoicedoctor.reading;

import com.invoicedoctor.reading.ErrorCorpus.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the classifier on the development part of the corpus and chooses its threshold by cross-validation by
 * source: the messages are cut into folds so that all messages of one source are held out together (as the
 * development and test parts were split), each fold is read by a model trained on the others, and the threshold is
 * the least probability at which the best cause was an accepted one at least {@code precision} of the time. The
 * final model is trained on the whole development part.
 */
public final class ClassifierTraining {
    /** Folds of the cross-validation: five leaves a fifth of the sources out each time. */
    public static final int FOLDS = 5;
    /** Maximum-entropy training: iterations of GIS, and every token seen once counts (the corpus is small). */
    static final int ITERATIONS = 200;
    static final int CUTOFF = 1;

    private ClassifierTraining() {
    }

    /** What cross-validation measured at the chosen threshold. */
    public record Result(DoccatModel model, double threshold, int messages, double coverage, double precision,
                         double top1Unthresholded) {
        String summary() {
            return String.format(Locale.ROOT, "%d-fold by source on %d messages: the best cause was accepted in %.2f "
                            + "of all; at the threshold it answers for %.2f of them and is right in %.2f of those",
                    FOLDS, messages, top1Unthresholded, coverage, precision);
        }
    }

    /** Trains on the messages and picks the least threshold whose cross-validated precision reaches the target. */
    public static Result train(List<Message> messages, double precision) throws IOException {
        if (messages.size() < FOLDS * 2) {
            throw new IllegalArgumentException("too few messages to train on: " + messages.size());
        }
        List<double[]> held = new ArrayList<>(); // {probability, 1 when right}
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Message> trainOn = new ArrayList<>();
            List<Message> readBack = new ArrayList<>();
            for (Message m : messages) {
                (foldOf(m) == fold ? readBack : trainOn).add(m);
            }
            TextClassifier c = new TextClassifier(model(trainOn), 0);
            for (Message m : readBack) {
                c.best(m.text()).ifPresentOrElse(g -> held.add(new double[]{g.probability(), m.accepted().contains(g.cause()) ? 1 : 0}),
                        () -> held.add(new double[]{0, 0}));
            }
        }
        double right = held.stream().mapToDouble(h -> h[1]).sum() / held.size();
        double chosen = 1;
        double coverage = 0;
        double atChosen = 0;
        for (int step = 99; step >= 1; step--) {
            double t = step / 100.0;
            long answered = held.stream().filter(h -> h[0] >= t).count();
            double ok = held.stream().filter(h -> h[0] >= t).mapToDouble(h -> h[1]).sum();
            if (answered >= 5 && ok / answered >= precision) {
                chosen = t;
                coverage = answered / (double) held.size();
                atChosen = ok / answered;
            }
        }
        return new Result(model(messages), chosen, messages.size(), coverage, atChosen, right);
    }

    /** Writes the model and its settings where the knowledge base reads them. */
    public static void write(Result result, Path dir, String trainedOn) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("model.bin"))) {
            result.model().serialize(out);
        }
        String yaml = """
                # The statistical reading of error texts (the weakest layer; rules/error-reading.drl says how much it counts).
                # Written by `java -jar target/invoice-doctor.jar train-reader` (docs/error-texts.md); do not edit by hand.
                model: "model.bin"
                threshold: %s
                trainedOn: "%s"
                crossValidated: "%s"
                """.formatted(String.format(Locale.ROOT, "%.2f", result.threshold()), trainedOn, result.summary());
        Files.writeString(dir.resolve("classifier.yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** A model trained on these messages (the corpus benchmark trains one per fold). */
    public static DoccatModel model(List<Message> messages) throws IOException {
        List<DocumentSample> samples = messages.stream()
                .map(m -> new DocumentSample(m.accepted().get(0), Tokens.of(m.text()))).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("x-unspecified", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** The fold a message is held out in, by a hash of its source, so one source never straddles two folds. */
    public static int foldOf(Message m) {
        return Math.floorMod(m.sourceKey().hashCode(), FOLDS);
    }
}
