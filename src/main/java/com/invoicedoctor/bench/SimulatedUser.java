package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Scenario;
import java.util.List;
import java.util.Random;

/**
 * Answers questions from a scenario, as a person would, with noise: a share of answers is flipped to
 * another option and a share is "unknown". A question about something the scenario does not mention
 * gets the observation's normal value (nothing unusual was noticed there), or "unknown" when the
 * observation has none (a measurement nobody took).
 */
final class SimulatedUser {
    private final Scenario scenario;
    private final Random random;
    private final double flip;
    private final double unknown;

    private final KnowledgeBase kb;

    SimulatedUser(KnowledgeBase kb, Scenario scenario, Random random, double flip, double unknown) {
        this.kb = kb;
        this.scenario = scenario;
        this.random = random;
        this.flip = flip;
        this.unknown = unknown;
    }

    String answer(Question q) {
        String truth = scenario.facts().containsKey(q.observation()) ? scenario.facts().get(q.observation())
                : kb.observation(q.observation()).map(ObservationDef::normal).orElse(null);
        double roll = random.nextDouble();
        if (truth == null || roll < unknown) {
            return Facts.UNKNOWN;
        }
        if (roll < unknown + flip) {
            List<String> others = q.options().stream().map(Question.Option::value).filter(v -> !v.equals(truth)).toList();
            if (!others.isEmpty()) {
                return others.get(random.nextInt(others.size()));
            }
        }
        return truth;
    }
}
