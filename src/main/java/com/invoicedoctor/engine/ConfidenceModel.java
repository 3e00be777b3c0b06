package com.invoicedoctor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns priors and likelihood ratios into confidences.
 *
 * <p>Single-fault naive Bayes: exactly one cause is behind the call, so for each cause
 * log-score = ln(prior) + (Σ ln(ratio)) / T, and the confidences are the normalised exponentials
 * (a softmax). T (temperature, from kb.yaml) shrinks the evidence to account for dependence between
 * rules that naive Bayes ignores; it is chosen from the scenario benchmark's calibration error.
 *
 * <p>People misreport: an answer is wrong with probability e (answerErrorRate in kb.yaml; a check staff
 * ran, checkErrorRate). Evidence that rests on answers is therefore the evidence of a noisy report,
 * whose ratio is (r(1−e) + e) / ((1−e) + r·e): near r for weak evidence, never beyond (1−e)/e. Probes
 * and error texts are measurements and keep their ratio. See docs/confidence.md.
 */
public final class ConfidenceModel {
    private final Map<String, Double> priors;
    private final double temperature;
    private final double answerError;
    private final double checkError;
    private final List<String> ids;
    /** Cause id to its position in {@link #causes()}. */
    private final Map<String, Integer> index;
    private final double[] logPrior;
    /** Evidence target to the causes it applies to, worked out once per target. */
    private final Map<String, int[]> targets = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param priors cause id to prior; @param temperature evidence divisor, 1 = plain Bayes; no answer errors */
    public ConfidenceModel(Map<String, Double> priors, double temperature) {
        this(priors, temperature, 0, 0);
    }

    /**
     * @param answerError the probability that a person's answer is wrong
     * @param checkError  the probability that a check staff ran is misread
     */
    public ConfidenceModel(Map<String, Double> priors, double temperature, double answerError, double checkError) {
        this.priors = Map.copyOf(priors);
        this.temperature = temperature;
        this.answerError = answerError;
        this.checkError = checkError;
        this.ids = List.copyOf(priors.keySet());
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            positions.put(ids.get(i), i);
        }
        this.index = Map.copyOf(positions);
        double priorTotal = priors.values().stream().mapToDouble(Double::doubleValue).sum();
        this.logPrior = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            logPrior[i] = Math.log(priors.get(ids.get(i)) / priorTotal);
        }
    }

    /** The indices of the causes an evidence target (an id or a "prefix.*") applies to. */
    private int[] indicesOf(String target) {
        Evidence probe = new Evidence(target, 2, "", List.of());
        return java.util.stream.IntStream.range(0, ids.size()).filter(i -> probe.appliesTo(ids.get(i))).toArray();
    }

    /** The ratio an evidence carries once the reliability of its facts is accounted for. */
    public double effectiveRatio(Evidence e) {
        double error = e.errorRate(this::errorRate);
        if (error <= 0) {
            return e.ratio();
        }
        double r = e.ratio();
        return (r * (1 - error) + error) / ((1 - error) + r * error);
    }

    private double errorRate(Observation.Source source) {
        // a description is a person's words, as fallible as an answer to a question
        return source == Observation.Source.answer || source == Observation.Source.description ? answerError
                : source == Observation.Source.check ? checkError : 0;
    }

    /** The cause ids, in the order of the score arrays {@link #addTo} works on. */
    public List<String> causes() {
        return ids;
    }

    /** Cause id to its position in {@link #causes()}. */
    public Map<String, Integer> causeIndex() {
        return index;
    }

    /**
     * Adds (sign 1) or takes away (sign -1) one evidence's share of each cause's log score: what a
     * hypothetical answer changes, without ranking every cause again.
     */
    void addTo(double[] scores, Evidence e, int sign) {
        double weight = sign * weight(e);
        for (int i : targetsOf(e)) {
            scores[i] += weight;
        }
    }

    /** What one evidence adds to the log score of each cause it applies to: its tempered log-ratio. */
    private double weight(Evidence e) {
        return Math.log(effectiveRatio(e)) / temperature;
    }

    /** The indices of the causes an evidence applies to, worked out once per target. */
    private int[] targetsOf(Evidence e) {
        return targets.computeIfAbsent(e.cause(), this::indicesOf);
    }

    /** Ranks every cause given the evidence, highest confidence first (ties by id, for stable output). */
    public List<Assessment.Ranked> rank(List<Evidence> evidence) {
        double[] score = new double[ids.size()];
        List<List<Evidence>> applied = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            score[i] = logPrior[i];
            applied.add(new ArrayList<>());
        }
        for (Evidence e : evidence) {
            double weight = weight(e);
            for (int i : targetsOf(e)) {
                score[i] += weight;
                applied.get(i).add(e);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (double s : score) {
            sum += Math.exp(s - max);
        }
        List<Assessment.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ranked.add(new Assessment.Ranked(ids.get(i), Math.exp(score[i] - max) / sum, score[i], List.copyOf(applied.get(i))));
        }
        ranked.sort(Comparator.comparingDouble(Assessment.Ranked::confidence).reversed()
                .thenComparing(Assessment.Ranked::cause));
        return ranked;
    }
}
