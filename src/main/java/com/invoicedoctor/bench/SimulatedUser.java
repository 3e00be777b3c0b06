package com.invoicedoctor.bench;

import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Scenario;
import java.util.List;
import java.util.Random;

/**
 * Answers questions from a scenario, as a person would. Two models of that person:
 * <ul>
 *   <li><b>realistic</b> (the bench's default): knows what the scenario says; asked about anything else, says
 *       "unknown", unless it is something anyone at that PC or desk would notice (an observation marked
 *       {@code evident}: the internet being down, colleagues offline, a power cut), then the normal value; and
 *       gets a small share of answers wrong. This is how the people who walked real stories answered: about half
 *       of their answers were "I don't know".</li>
 *   <li><b>noisy</b> (the earlier bench, kept as a robustness figure): a question the scenario does not mention
 *       gets the observation's normal value (or "unknown" when it has none); then a share of all answers is
 *       flipped to another option and a share is "unknown", at random.</li>
 * </ul>
 */
final class SimulatedUser {
    private final Scenario scenario;
    private final Random random;
    private final double flip;
    private final double unknown;
    private final boolean realistic;
    private final KnowledgeBase kb;

    /** The noisy caller. */
    SimulatedUser(KnowledgeBase kb, Scenario scenario, Random random, double flip, double unknown) {
        this(kb, scenario, random, flip, unknown, false);
    }

    private SimulatedUser(KnowledgeBase kb, Scenario scenario, Random random, double flip, double unknown, boolean realistic) {
        this.kb = kb;
        this.scenario = scenario;
        this.random = random;
        this.flip = flip;
        this.unknown = unknown;
        this.realistic = realistic;
    }

    /** The realistic caller, who gets {@code wrong} of the answers they know wrong. */
    static SimulatedUser realistic(KnowledgeBase kb, Scenario scenario, Random random, double wrong) {
        return new SimulatedUser(kb, scenario, random, wrong, 0, true);
    }

    String answer(Question q) {
        String truth = truth(q.observation());
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

    private String truth(String observation) {
        if (scenario.facts().containsKey(observation)) {
            return scenario.facts().get(observation);
        }
        ObservationDef def = kb.observation(observation).orElse(null);
        if (def == null || (realistic && !def.noticed())) {
            return null;
        }
        return def.normal();
    }
}
