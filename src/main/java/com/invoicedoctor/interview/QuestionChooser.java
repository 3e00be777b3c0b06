package com.invoicedoctor.interview;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.RuleSession;
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
 * rules attach to x under c. With no other knowledge of how often each answer occurs, P(x|c) is taken
 * as m_c(x) normalised over the question's answers, and P(x) = Σ_c P(c) P(x|c). The gain is the expected
 * drop in entropy, Σ_x P(x) H(after x) subtracted from H(now), and questions are ranked by gain / √cost
 * so that a cheap question wins when it is about as informative (Heckerman, Breese and Rommelse 1995).
 */
final class QuestionChooser {

    /** Every candidate with its gain, best first. */
    List<Candidate> rank(RuleSession session, Assessment now, List<Question> askable) {
        Map<String, Double> prior = new HashMap<>();
        Map<String, Double> baseScore = new HashMap<>();
        for (Assessment.Ranked r : now.ranking()) {
            prior.put(r.cause(), r.confidence());
            baseScore.put(r.cause(), r.score());
        }
        double entropyNow = now.entropy();
        List<Candidate> candidates = new ArrayList<>();
        for (Question q : askable) {
            Map<String, Assessment> outcomes = new LinkedHashMap<>();
            for (Question.Option option : q.options()) {
                session.put(Observation.of(q.observation(), option.value(), Observation.Source.answer, "what-if"));
                outcomes.put(option.value(), session.assess());
                session.remove(q.observation());
            }
            Map<String, Double> chance = answerChances(outcomes, prior, baseScore);
            double expected = 0;
            for (Map.Entry<String, Assessment> e : outcomes.entrySet()) {
                expected += chance.get(e.getKey()) * e.getValue().entropy();
            }
            double gain = Math.max(0, entropyNow - expected);
            candidates.add(new Candidate(q, gain, gain / Math.sqrt(q.cost()), outcomes, chance));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    private static Map<String, Double> answerChances(Map<String, Assessment> outcomes, Map<String, Double> prior,
                                                     Map<String, Double> baseScore) {
        Map<String, Double> chance = new LinkedHashMap<>();
        outcomes.keySet().forEach(v -> chance.put(v, 0.0));
        for (Map.Entry<String, Double> p : prior.entrySet()) {
            String cause = p.getKey();
            Map<String, Double> likelihood = new LinkedHashMap<>();
            double total = 0;
            for (Map.Entry<String, Assessment> e : outcomes.entrySet()) {
                double m = Math.exp(e.getValue().of(cause).orElseThrow().score() - baseScore.get(cause));
                likelihood.put(e.getKey(), m);
                total += m;
            }
            for (Map.Entry<String, Double> l : likelihood.entrySet()) {
                chance.merge(l.getKey(), p.getValue() * l.getValue() / total, Double::sum);
            }
        }
        return chance;
    }
}
