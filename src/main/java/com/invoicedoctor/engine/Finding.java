package com.invoicedoctor.engine;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** An intermediate conclusion derived by a rule, with the facts it rests on. */
public record Finding(String id, String rule, List<Object> basis) {

    /** Called from a rule's consequence: the finding, its rule and the matched facts. */
    public static Finding of(RuleContext context, String id) {
        return new Finding(id, context.getRule().getName(), List.copyOf(context.getMatch().getObjects()));
    }

    /** Where the observations under this finding come from (a person, a check, a probe …). */
    public java.util.Set<Observation.Source> sources() {
        java.util.Set<Observation.Source> sources = java.util.EnumSet.noneOf(Observation.Source.class);
        Basis.observations(basis).forEach(o -> sources.add(o.source()));
        return sources;
    }

    /** Findings are equal by id, so a finding derived by two rules is one fact with two justifications. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && f.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
