package com.invoicedoctor.interview;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Finding;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.RuleSession;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value of information for each askable question, found by asking the rules "what if the answer were X?".
 *
 * <p>For answer x the rules change each cause c's log score by Δ_c(x): exp(Δ_c(x)) is the likelihood
 * ratio the rules attach to x under c. Weighted by how often x occurs at all (the base rate b(x): the
 * observation's normal value gets the knowledge base's normalShare, the other values share the rest) and
 * normalised over the question's answers, it gives P(x|c); P(x) = Σ_c P(c) P(x|c). After x the diagnosis
 * would be P(c|x) ∝ P(c) exp(Δ_c(x)), exactly what the rules would then conclude. The gain is the
 * expected drop in entropy, H(now) − Σ_x P(x) H(after x), times the chance the person can answer at all (the
 * knowledge base's knownShare for the question's cost, scaled by how this caller has answered so far), and
 * questions are ranked by gain / √cost so
 * that a cheap question wins when it is about as informative (Heckerman, Breese and Rommelse 1995).
 */
final class QuestionChooser {
    /** The rule-session slot that holds the hypothetical answer. */
    private static final String WHAT_IF = "what-if";

    /** What-ifs kept for reuse; a helpdesk sees many cases that agree on a question's context. */
    static final int CACHED_WHAT_IFS = 20_000;
    /** Even a caller who has answered everything may not know the next thing. */
    static final double MOST_KNOWN = 0.95;

    /** Per question: the answers to try and their base rates, worked out once. */
    private final Map<String, Answers> answers = new HashMap<>();
    private final WhatIfContext context;
    private final NumberSamples numbers;
    /** Question and the case's facts in its context to the change each answer makes to the scores. */
    private final Cache<WhatIfKey, Effect> cache = Caffeine.newBuilder().maximumSize(CACHED_WHAT_IFS).build();

    /** A question's what-if in a case: the question and the facts of its context, in a fixed order. */
    private record WhatIfKey(String question, List<String> facts) {
    }

    /** @param known how likely the person can answer at all (not "I don't know") */
    private record Answers(List<String> values, double[] base, double known) {
    }

    QuestionChooser(KnowledgeBase kb) {
        this.context = new WhatIfContext(kb);
        this.numbers = new NumberSamples(kb);
        double share = kb.settings().normalShareOrDefault();
        for (Question q : kb.questions()) {
            // the options, or for a numeric question one value per band the rules distinguish
            List<String> values = q.options().isEmpty() ? numbers.of(q.observation())
                    : q.options().stream().map(Question.Option::value).toList();
            String normal = kb.observation(q.observation()).map(ObservationDef::normal).orElse(null);
            answers.put(q.id(), new Answers(values, baseRates(values, normal, share), kb.settings().knownShare(q.cost())));
        }
    }

    /** How likely a person can answer this question at all (not "I don't know"), before knowing the caller. */
    double known(String questionId) {
        Answers a = answers.get(questionId);
        return a == null ? 1 : a.known();
    }

    /** How often each answer occurs before any evidence: the normal value most often. */
    private static double[] baseRates(List<String> values, String normal, double share) {
        int n = values.size();
        boolean hasNormal = normal != null && values.contains(normal);
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            rates[i] = !hasNormal ? 1.0 / n : values.get(i).equals(normal) ? share : (1 - share) / (n - 1);
        }
        return rates;
    }

    /**
     * Every candidate with its gain, best first.
     *
     * @param session the case's rule session, holding {@code facts} and the repairs
     * @param now     the session's current assessment
     * @param facts   the observations in the session
     * @param repairs the repair outcomes in the session, as "step=outcome"
     * @param caller  how much more (above 1) or less than expected this caller has been able to answer
     */
    List<Candidate> rank(RuleSession session, Assessment now, List<Question> askable, Collection<Observation> facts,
                         Collection<String> repairs, double caller) {
        List<String> causes = session.causes();
        Map<String, Integer> index = session.causeIndex();
        int n = causes.size();
        double[] prior = new double[n];
        double[] logPrior = new double[n];
        for (int c = 0; c < n; c++) {
            prior[c] = now.of(causes.get(c)).orElseThrow().confidence();
            logPrior[c] = Math.log(prior[c]);
        }
        double entropyNow = now.entropy();
        List<String[]> factKeys = new ArrayList<>();
        for (Observation o : facts) {
            String value = o.number() == null ? o.value() : numbers.band(o.id(), o.number());
            factKeys.add(new String[] {o.id(), o.id() + '=' + value + '@' + o.source()});
        }
        for (Finding f : now.findings()) {
            factKeys.add(new String[] {f.id(), f.id() + '@' + f.sources()});
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Question q : askable) {
            Answers a = answers.get(q.id());
            int k = a.values().size();
            if (k < 2) {
                continue;
            }
            Effect effect = whatIf(session, q, a, factKeys, repairs);
            double[][] change = effect.change();
            double[][] ratio = effect.ratio();
            double[] total = new double[n];
            for (int x = 0; x < k; x++) {
                for (int c = 0; c < n; c++) {
                    total[c] += a.base()[x] * ratio[x][c];
                }
            }
            Map<String, WhatIfDiagnosis> outcomes = new LinkedHashMap<>();
            Map<String, Double> chance = new LinkedHashMap<>();
            double expected = 0;
            for (int x = 0; x < k; x++) {
                double px = 0;
                double sum = 0;
                double[] after = new double[n];
                for (int c = 0; c < n; c++) {
                    px += prior[c] * a.base()[x] * ratio[x][c] / total[c];
                    after[c] = prior[c] * ratio[x][c];
                    sum += after[c];
                }
                double logSum = Math.log(sum);
                double entropy = 0;
                for (int c = 0; c < n; c++) {
                    after[c] /= sum;
                    if (after[c] > 0) {
                        entropy -= after[c] * (logPrior[c] + change[x][c] - logSum);
                    }
                }
                entropy /= Math.log(2);
                outcomes.put(a.values().get(x), new WhatIfDiagnosis(causes, index, after));
                chance.put(a.values().get(x), px);
                expected += px * entropy;
            }
            // "I don't know" tells nothing: a question people often cannot answer is worth that much less
            double gain = Math.min(MOST_KNOWN, a.known() * caller) * Math.max(0, entropyNow - expected);
            candidates.add(new Candidate(q, gain, gain / Math.sqrt(q.cost()), outcomes, chance));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /**
     * What each answer of a question does to the scores: from the cache when the question's context was
     * seen before, else from the rules.
     *
     * @param facts for each fact of the case (observations and findings), its id and its key (numbers by the
     *              band the rules see, findings by where their observations came from)
     */
    private Effect whatIf(RuleSession session, Question q, Answers a, List<String[]> facts, Collection<String> repairs) {
        List<String> relevant = new ArrayList<>(repairs);
        for (String[] fact : facts) {
            if (context.matters(q.observation(), fact[0])) {
                relevant.add(fact[1]);
            }
        }
        Collections.sort(relevant);
        WhatIfKey key = new WhatIfKey(q.id(), relevant);
        Effect known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Effect effect = Effect.of(session.whatIf(WHAT_IF, a.values().stream()
                .map(v -> Observation.of(q.observation(), v, Interviewer.sourceOf(q), "what-if")).toList()));
        cache.put(key, effect);
        return effect;
    }

    /**
     * What a question's answers do to the scores.
     *
     * @param change per answer, the change of each cause's log score
     * @param ratio  the same as likelihood ratios, exp(change)
     */
    private record Effect(double[][] change, double[][] ratio) {
        static Effect of(List<double[]> changes) {
            double[][] change = changes.toArray(new double[0][]);
            double[][] ratio = new double[change.length][];
            for (int x = 0; x < change.length; x++) {
                ratio[x] = new double[change[x].length];
                for (int c = 0; c < ratio[x].length; c++) {
                    ratio[x][c] = Math.exp(change[x][c]);
                }
            }
            return new Effect(change, ratio);
        }
    }
}
