package com.invoicedoctor.interview;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.RuleSession;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value of information for each askable question, found by asking the rules "what if the answer were X?".
 *
 * <p>For answer x the rules give each cause c a new log score; its change m_c(x) is the likelihood the
 * rules attach to x under c. Weighted by how often x occurs at all — the observation's normal value
 * gets the knowledge base's normalShare, the other values share the rest — and normalised over the
 * question's answers, it gives P(x|c); P(x) = Σ_c P(c) P(x|c). The gain is the expected
 * drop in entropy, Σ_x P(x) H(after x) subtracted from H(now), and questions are ranked by gain / √cost
 * so that a cheap question wins when it is about as informative (Heckerman, Breese and Rommelse 1995).
 */
final class QuestionChooser {
    /** The rule-session slot that holds the hypothetical answer. */
    private static final String WHAT_IF = "what-if";
    private final KnowledgeBase kb;

    private final NumberSamples numbers;

    QuestionChooser(KnowledgeBase kb) {
        this.kb = kb;
        this.numbers = new NumberSamples(kb);
    }

    /** The answers to try: the options, or for a numeric question one value per band the rules distinguish. */
    private List<String> answers(Question q) {
        if (!q.options().isEmpty()) {
            return q.options().stream().map(Question.Option::value).toList();
        }
        return numbers.of(q.observation());
    }

    /** Every candidate with its gain, best first. {@code now} must be the session's current assessment. */
    List<Candidate> rank(RuleSession session, Assessment now, List<Question> askable) {
        List<String> causes = session.causes();
        Map<String, Integer> index = Outcome.indexOf(causes);
        double[] score = new double[causes.size()];
        double[] prior = new double[causes.size()];
        for (int i = 0; i < score.length; i++) {
            Assessment.Ranked r = now.of(causes.get(i)).orElseThrow();
            score[i] = r.score();
            prior[i] = r.confidence();
        }
        double entropyNow = now.entropy();
        List<Candidate> candidates = new ArrayList<>();
        for (Question q : askable) {
            List<String> answers = answers(q);
            if (answers.size() < 2) {
                continue;
            }
            Map<String, double[]> changes = new LinkedHashMap<>();
            for (String answer : answers) {
                changes.put(answer, session.whatIf(WHAT_IF, Observation.of(q.observation(), answer, Interviewer.sourceOf(q), "what-if")));
            }
            Map<String, Double> chance = answerChances(changes, baseRates(q, answers), prior);
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            double expected = 0;
            for (Map.Entry<String, double[]> e : changes.entrySet()) {
                Outcome outcome = Outcome.of(causes, index, score, e.getValue());
                outcomes.put(e.getKey(), outcome);
                expected += chance.get(e.getKey()) * outcome.entropy();
            }
            double gain = Math.max(0, entropyNow - expected);
            candidates.add(new Candidate(q, gain, gain / Math.sqrt(q.cost()), outcomes, chance));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /** How often each answer occurs before any evidence: the normal value most often. */
    private Map<String, Double> baseRates(Question q, List<String> answers) {
        String normal = kb.observation(q.observation()).map(ObservationDef::normal).orElse(null);
        int n = answers.size();
        boolean hasNormal = normal != null && answers.contains(normal);
        double share = kb.settings().normalShareOrDefault();
        Map<String, Double> rates = new HashMap<>();
        for (String a : answers) {
            rates.put(a, !hasNormal ? 1.0 / n : a.equals(normal) ? share : (1 - share) / (n - 1));
        }
        return rates;
    }

    /**
     * P(answer) = Σ_c P(c) P(answer | c), where P(answer | c) is the answer's base rate times the
     * likelihood ratio the rules give it under c, normalised over the question's answers.
     */
    private static Map<String, Double> answerChances(Map<String, double[]> changes, Map<String, Double> base, double[] prior) {
        Map<String, Double> chance = new LinkedHashMap<>();
        changes.keySet().forEach(v -> chance.put(v, 0.0));
        double[] likelihood = new double[changes.size()];
        for (int c = 0; c < prior.length; c++) {
            double total = 0;
            int x = 0;
            for (Map.Entry<String, double[]> e : changes.entrySet()) {
                likelihood[x] = base.get(e.getKey()) * Math.exp(e.getValue()[c]);
                total += likelihood[x++];
            }
            x = 0;
            for (String answer : changes.keySet()) {
                chance.merge(answer, prior[c] * likelihood[x++] / total, Double::sum);
            }
        }
        return chance;
    }
}
