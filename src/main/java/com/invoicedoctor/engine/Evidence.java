package com.invoicedoctor.engine;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Evidence for or against a cause.
 *
 * @param cause a cause id, or a prefix ending in ".*" that stands for every cause under it
 * @param ratio a likelihood ratio: how many times likelier the matched facts are with this cause than without
 * @param rule  the name of the rule that produced it
 * @param basis the facts (observations, findings) the rule matched
 */
public record Evidence(String cause, double ratio, String rule, List<Object> basis) {

    /** Called from a rule's consequence. */
    public static Evidence of(RuleContext context, String cause, double ratio) {
        return new Evidence(cause, ratio, context.getRule().getName(), List.copyOf(context.getMatch().getObjects()));
    }

    /** Whether a person's answer is among the facts behind this evidence (directly or through findings). */
    public boolean restsOnAnswers() {
        return restsOnAnswers(basis, 0);
    }

    private static boolean restsOnAnswers(List<Object> facts, int depth) {
        for (Object o : facts) {
            if (o instanceof Observation obs && obs.source() == Observation.Source.answer) {
                return true;
            }
            if (o instanceof Finding f && depth < 8 && restsOnAnswers(f.basis(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this evidence bears on the given cause. */
    public boolean appliesTo(String causeId) {
        if (cause.endsWith(".*")) {
            return causeId.startsWith(cause.substring(0, cause.length() - 1));
        }
        return cause.equals(causeId);
    }
}
