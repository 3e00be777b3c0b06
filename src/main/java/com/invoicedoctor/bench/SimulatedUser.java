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
 *   <li><b>realistic</b> (the bench's default): can tell a share ({@code knows}) of what the scenario says, and
 *       of what anyone at that PC or desk would notice (an observation marked {@code evident}: the internet
 *       being down, colleagues offline, a power cut; its normal value when the scenario is silent); which facts
 *       a caller can tell is fixed per scenario and observation, so two questions about one fact agree. Asked
 *       about anything else, says "unknown"; and gets a small share of answers wrong. The people who walked
 *       real stories answered "I don't know" to three questions in four.</li>
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
    private final double knows;
    private int asked;
    private int unknowns;

    /** The noisy caller. */
    SimulatedUser(KnowledgeBase kb, Scenario scenario, Random random, double flip, double unknown) {
        this(kb, scenario, random, flip, unknown, false, 1);
    }

    private SimulatedUser(KnowledgeBase kb, Scenario scenario, Random random, double flip, double unknown, boolean realistic,
                          double knows) {
        this.kb = kb;
        this.scenario = scenario;
        this.random = random;
        this.flip = flip;
        this.unknown = unknown;
        this.realistic = realistic;
        this.knows = knows;
    }

    /** The realistic caller, who can tell {@code knows} of the facts and gets {@code wrong} of those wrong. */
    static SimulatedUser realistic(KnowledgeBase kb, Scenario scenario, Random random, double wrong, double knows) {
        return new SimulatedUser(kb, scenario, random, wrong, 0, true, knows);
    }

    String answer(Question q) {
        asked++;
        String given = give(q);
        if (Facts.UNKNOWN.equals(given)) {
            unknowns++;
        }
        return given;
    }

    /** Questions answered so far, and how many of them "unknown". */
    int asked() {
        return asked;
    }

    int unknowns() {
        return unknowns;
    }

    private String give(Question q) {
        String truth = truth(q.observation());
        double roll = random.nextDouble();
        if (truth == null || roll < unknown || (realistic && !canTell(q.observation()))) {
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

    /** Whether this caller can tell this fact: fixed per scenario and observation, at the share {@code knows}. */
    private boolean canTell(String observation) {
        return knows >= 1 || new Random((scenario.id() + '/' + observation).hashCode() * 0x9E3779B97F4A7C15L).nextDouble() < knows;
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
