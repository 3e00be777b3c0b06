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

    /**
     * The chance that a report behind this evidence is wrong: the largest error rate among the facts it
     * rests on (directly or through findings), 0 when it rests on measurements only.
     */
    public double errorRate(java.util.function.ToDoubleFunction<Observation.Source> rates) {
        double worst = 0;
        for (Observation obs : Basis.observations(basis)) {
            worst = Math.max(worst, rates.applyAsDouble(obs.source()));
        }
        return worst;
    }

    /** Whether this evidence bears on the given cause. */
    public boolean appliesTo(String causeId) {
        if (cause.endsWith(".*")) {
            return causeId.startsWith(cause.substring(0, cause.length() - 1));
        }
        return cause.equals(causeId);
    }
}
