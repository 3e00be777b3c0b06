package com.invoicedoctor.knowledge;

import com.invoicedoctor.reading.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads knowledge-base/error-classifier/ (classifier.yaml and the model it names), when present, and checks it
 * against the causes: the model may only name causes the knowledge base has, and its observation must exist.
 */
final class ClassifierFiles {
    /** The fact the classifier's best cause becomes (its values are the cause ids). */
    static final String OBSERVATION = "error.reads-like";

    private ClassifierFiles() {
    }

    /**
     * knowledge-base/error-classifier/failure-words.yaml: the words that open the classifier, and why; and the least
     * share of a mostly Latin text's words the model must know (optional, 0 when absent), and why.
     */
    record FailureWords(List<String> words, String origin, Double leastKnown, String leastKnownOrigin) {
    }

    /** What classifier.yaml and failure-words.yaml say, checked (kept with the pre-built knowledge). */
    record Spec(String model, double threshold, List<String> failureWords, double leastKnown) implements Serializable {
    }

    /** Reads and checks classifier.yaml and failure-words.yaml; null when absent or wrong (then a problem says what). */
    static Spec spec(Path dir, Map<String, YamlFiles.Located<ObservationDef>> observations, List<Problem> problems) {
        Path settingsFile = dir.resolve("classifier.yaml");
        if (!Files.exists(settingsFile)) {
            return null;
        }
        ClassifierSettings settings = YamlFiles.read(settingsFile, ClassifierSettings.class, problems);
        if (settings == null) {
            return null;
        }
        if (!(settings.threshold() > 0 && settings.threshold() < 1)) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "threshold"), "threshold must lie between 0 and 1"));
            return null;
        }
        if (settings.model() == null || settings.model().isBlank() || !Files.exists(dir.resolve(settings.model()))) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "model"), "the model file '"
                    + settings.model() + "' is missing; rebuild it with train-reader (docs/error-texts.md)"));
            return null;
        }
        if (!observations.containsKey(OBSERVATION)) {
            problems.add(new Problem(settingsFile, 1, "the classifier needs the observation " + OBSERVATION));
            return null;
        }
        List<String> failureWords = List.of();
        double leastKnown = 0;
        Path failureFile = dir.resolve("failure-words.yaml");
        if (Files.exists(failureFile)) {
            FailureWords words = YamlFiles.read(failureFile, FailureWords.class, problems);
            if (words == null) {
                return null;
            }
            if (words.words() == null || words.words().isEmpty() || words.origin() == null || words.origin().isBlank()) {
                problems.add(new Problem(failureFile, 1, "failure-words.yaml needs words and an origin"));
                return null;
            }
            failureWords = List.copyOf(words.words());
            if (words.leastKnown() != null) {
                if (!(words.leastKnown() >= 0 && words.leastKnown() < 1)
                        || words.leastKnownOrigin() == null || words.leastKnownOrigin().isBlank()) {
                    problems.add(new Problem(failureFile, YamlFiles.lineOf(failureFile, "leastKnown"),
                            "leastKnown must lie from 0 to under 1 and say why in leastKnownOrigin"));
                    return null;
                }
                leastKnown = words.leastKnown();
            }
        }
        return new Spec(settings.model(), settings.threshold(), failureWords, leastKnown);
    }

    /** Loads the model the spec names and checks that it names only known causes; null with a problem when not. */
    static TextClassifier open(Path dir, Spec spec, Map<String, ?> causes, List<Problem> problems) {
        Path settingsFile = dir.resolve("classifier.yaml");
        TextClassifier classifier;
        try (InputStream in = Files.newInputStream(dir.resolve(spec.model()))) {
            classifier = TextClassifier.read(in, spec.threshold(), spec.failureWords(), spec.leastKnown());
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "model"), "the model does not load: " + e.getMessage()));
            return null;
        }
        for (String cause : classifier.causes()) {
            if (!causes.containsKey(cause)) {
                problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "model"), "the model names unknown cause "
                        + cause + "; retrain it with train-reader"));
            }
        }
        return classifier;
    }
}
