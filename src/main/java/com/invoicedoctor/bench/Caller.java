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
 * @param knows     realistic caller: the share of the scenario's facts (and of what anyone would notice) the caller
 *                  can tell when asked; what their story said is in the case already
 */
public record Caller(boolean realistic, double flip, double unknown, double knows) {
    /**
     * The default: a caller who can tell 45 % of what the scenario holds and gets 3 % of it wrong. At 0.45 the
     * bench's callers say "I don't know" to about as many questions as the people who walked real stories did
     * (three answers in four); a caller who knows everything the scenario lists is {@code --knows 1}.
     */
    public static final Caller REALISTIC = realistic(0.45);

    /** The realistic caller who can tell {@code knows} of the scenario's facts. */
    public static Caller realistic(double knows) {
        return new Caller(true, 0.03, 0, knows);
    }

    /** The earlier bench's caller: every answer flipped or "unknown" at random. */
    public static Caller noisy(double flip, double unknown) {
        return new Caller(false, flip, unknown, 1);
    }

    SimulatedUser user(KnowledgeBase kb, Scenario s, Random random) {
        return realistic ? SimulatedUser.realistic(kb, s, random, flip, knows) : new SimulatedUser(kb, s, random, flip, unknown);
    }

    /** The figures that describe it, for the report. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", realistic ? "realistic" : "noisy");
        m.put("flipped", flip);
        m.put("unknown", unknown);
        if (realistic) {
            m.put("knows", knows);
        }
        return m;
    }
}
