package com.invoicedoctor.bench;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * How the bench's simulated caller answers (see {@link SimulatedUser}).
 *
 * @param realistic the realistic caller (knows the scenario, "unknown" otherwise, a few answers wrong) or the noisy one
 * @param flip      share of answers given wrong (realistic: of the ones known)
 * @param unknown   share of answers given as "unknown" at random (noisy caller only)
 */
public record Caller(boolean realistic, double flip, double unknown) {
    /** The default: a caller who says what they know and gets 3 % of it wrong. */
    public static final Caller REALISTIC = new Caller(true, 0.03, 0);

    /** The earlier bench's caller: every answer flipped or "unknown" at random. */
    public static Caller noisy(double flip, double unknown) {
        return new Caller(false, flip, unknown);
    }

    SimulatedUser user(KnowledgeBase kb, Scenario s, Random random) {
        return realistic ? SimulatedUser.realistic(kb, s, random, flip) : new SimulatedUser(kb, s, random, flip, unknown);
    }

    /** The figures that describe it, for the report. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", realistic ? "realistic" : "noisy");
        m.put("flipped", flip);
        m.put("unknown", unknown);
        return m;
    }
}
