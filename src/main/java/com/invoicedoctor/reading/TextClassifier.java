package com.invoicedoctor.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.AbstractModel;

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
    /** The prefix OpenNLP's bag-of-words feature generator gives each token. */
    private static final String BAG_OF_WORDS = "bow=";
    private volatile Set<String> vocabulary;
    /** The least share of a mostly Latin text's words the model must know for it to be read; 0: no such check. */
    private final double leastKnown;

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
        this(model, threshold, failureWords, 0);
    }

    /**
     * @param leastKnown the least share of a mostly Latin text's words that must be in the model's vocabulary for the
     *                   text to be read (see {@link #inKnownWords}); 0 reads every text
     */
    public TextClassifier(DoccatModel model, double threshold, List<String> failureWords, double leastKnown) {
        this.model = model;
        this.threshold = threshold;
        this.failureWords = failureWords.stream().map(LiteralIndex::lower).toList();
        this.leastKnown = leastKnown;
    }

    /** The same gates and threshold over another model (the corpus benchmark's cross-validation). */
    public TextClassifier withModel(DoccatModel other) {
        return new TextClassifier(other, threshold, failureWords, leastKnown);
    }

    /** Reads a model written by {@link ClassifierTraining}. */
    public static TextClassifier read(InputStream model, double threshold, List<String> failureWords, double leastKnown)
            throws IOException {
        return new TextClassifier(new DoccatModel(model), threshold, failureWords, leastKnown);
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
     * went wrong (no failure word), is mostly in words the model never learnt, or has no token. The rules weigh the
     * first two by how often such a guess was right.
     */
    public List<Guess> ranked(String text) {
        if (!failureWords.isEmpty()) {
            String lower = LiteralIndex.lower(text);
            if (failureWords.stream().noneMatch(lower::contains)) {
                return List.of();
            }
        }
        String[] tokens = Tokens.of(text);
        return inKnownWords(tokens) ? all(tokens) : List.of();
    }

    /**
     * Whether a text is written in words the model learnt: a text mostly of Latin words (more of them than Chinese
     * tokens) is read only when at least {@code leastKnown} of its Latin words are in the model's vocabulary. A
     * rejection in Portuguese or Hungarian shares a few words with English messages ("xml", "cstat", "error") and the
     * model would name a cause from those alone. Chinese texts are not asked: the product reads Chinese, and its
     * pairs of characters are sparser than words.
     */
    private boolean inKnownWords(String[] tokens) {
        if (leastKnown <= 0) {
            return true;
        }
        Set<String> known = vocabulary();
        int latin = 0;
        int latinKnown = 0;
        for (String t : tokens) {
            if (t.charAt(0) < 128) {
                latin++;
                latinKnown += known.contains(t) ? 1 : 0;
            }
        }
        return latin <= tokens.length - latin || latinKnown >= leastKnown * latin;
    }

    /** The best cause whatever its probability (for choosing the threshold); empty when the text has no token. */
    public Optional<Guess> best(String text) {
        return all(Tokens.of(text)).stream().findFirst();
    }

    /** Every cause with its probability, most probable first (the model's order on a tie); empty without a token. */
    private List<Guess> all(String[] tokens) {
        if (tokens.length == 0) {
            return List.of();
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] p = categorizer.categorize(tokens);
        return IntStream.range(0, p.length).mapToObj(i -> new Guess(categorizer.getCategory(i), p[i]))
                .sorted(java.util.Comparator.comparingDouble(Guess::probability).reversed()).toList();
    }

    /**
     * The share of the text's tokens the model has weights for (learnt from the development messages, cut at the
     * training's cutoff): 0 for a text without tokens. A text mostly in words the model never learnt (a Portuguese
     * or Italian rejection) gets a guess made of the few that remain, which says nothing about the text.
     */
    public double knownShare(String text) {
        String[] tokens = Tokens.of(text);
        if (tokens.length == 0) {
            return 0;
        }
        Set<String> known = vocabulary();
        long hits = java.util.Arrays.stream(tokens).filter(known::contains).count();
        return (double) hits / tokens.length;
    }

    /** The tokens the model has weights for, read from the model once. */
    private Set<String> vocabulary() {
        Set<String> v = vocabulary;
        if (v == null) {
            Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
            v = ((Map<?, ?>) data[1]).keySet().stream().map(Object::toString)
                    .filter(f -> f.startsWith(BAG_OF_WORDS)).map(f -> f.substring(BAG_OF_WORDS.length()))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            vocabulary = v;
        }
        return v;
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
