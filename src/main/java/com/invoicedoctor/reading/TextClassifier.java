package com.invoicedoctor.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The statistical reading of an error text: an OpenNLP maximum-entropy document categorizer over {@link Tokens},
 * trained on the development part of the corpus ({@link ClassifierTraining}). It answers only with its best cause,
 * and only when that cause's probability reaches the threshold chosen by cross-validation; otherwise it abstains.
 * Thread-safe: each call makes its own categorizer over the shared, read-only model.
 */
public final class TextClassifier {
    private final DoccatModel model;
    private final double threshold;
    /** Lower-cased words of which a text must hold one to be read at all; empty: every text is read. */
    private final List<String> failureWords;

    /** A cause the text reads like, and how probable the model finds it. */
    public record Guess(String cause, double probability) {
    }

    public TextClassifier(DoccatModel model, double threshold) {
        this(model, threshold, List.of());
    }

    /**
     * @param failureWords words that say something went wrong (knowledge-base/error-classifier/failure-words.yaml): a
     *                     text holding none of them reports no failure and is not read
     */
    public TextClassifier(DoccatModel model, double threshold, List<String> failureWords) {
        this.model = model;
        this.threshold = threshold;
        this.failureWords = failureWords.stream().map(LiteralIndex::lower).toList();
    }

    /** The same gate and threshold over another model (the corpus benchmark's cross-validation). */
    public TextClassifier withModel(DoccatModel other) {
        return new TextClassifier(other, threshold, failureWords);
    }

    /** Reads a model written by {@link ClassifierTraining}. */
    public static TextClassifier read(InputStream model, double threshold, List<String> failureWords) throws IOException {
        return new TextClassifier(new DoccatModel(model), threshold, failureWords);
    }

    public double threshold() {
        return threshold;
    }

    /** The causes the model knows. */
    public List<String> causes() {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        return IntStream.range(0, categorizer.getNumberOfCategories()).mapToObj(categorizer::getCategory).toList();
    }

    /**
     * The best cause when it reaches the threshold; empty when the model is not sure enough, reads nothing, or the text
     * says nothing went wrong (it holds none of the failure words): the model learnt error messages only.
     */
    public Optional<Guess> read(String text) {
        return ranked(text).stream().findFirst().filter(g -> g.probability() >= threshold);
    }

    /**
     * Every cause with its probability, most probable first, whatever the threshold; empty when the text says nothing
     * went wrong (no failure word) or has no token. The rules weigh the first two by how often such a guess was right.
     */
    public List<Guess> ranked(String text) {
        if (!failureWords.isEmpty()) {
            String lower = LiteralIndex.lower(text);
            if (failureWords.stream().noneMatch(lower::contains)) {
                return List.of();
            }
        }
        return all(text);
    }

    /** The best cause whatever its probability (for choosing the threshold); empty when the text has no token. */
    public Optional<Guess> best(String text) {
        return all(text).stream().findFirst();
    }

    /** Every cause with its probability, most probable first (the model's order on a tie); empty without a token. */
    private List<Guess> all(String text) {
        String[] tokens = Tokens.of(text);
        if (tokens.length == 0) {
            return List.of();
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] p = categorizer.categorize(tokens);
        return IntStream.range(0, p.length).mapToObj(i -> new Guess(categorizer.getCategory(i), p[i]))
                .sorted(java.util.Comparator.comparingDouble(Guess::probability).reversed()).toList();
    }

    /** How probable the model finds the cause for this text (0 when it reads nothing in it). */
    public double probability(String text, String cause) {
        String[] tokens = Tokens.of(text);
        if (tokens.length == 0) {
            return 0;
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        int index = categorizer.getIndex(cause);
        return index < 0 ? 0 : categorizer.categorize(tokens)[index];
    }
}
