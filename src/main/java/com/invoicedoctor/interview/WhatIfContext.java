package com.invoicedoctor.interview;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.FactPattern;
import com.invoicedoctor.knowledge.RuleShape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which facts of a case can change what a hypothetical answer does, read from the rules.
 *
 * <p>An answer about observation o moves the scores through the rules that match o, the rules that match
 * the findings those derive, and so on. Those rules see nothing else than the other facts their
 * conditions name ({@code not} included): observations, and findings, of which only whether they are
 * present matters (and where their observations came from, which sets how much a report is trusted),
 * not which facts derived them. These are o's context: a what-if about o gives the same change to every
 * score whenever the case agrees on its context, so its result can be reused. The reading
 * over-approximates (every id a rule's conditions name counts, whatever else they test); an observation
 * pattern that names no id makes every fact context.
 */
final class WhatIfContext {
    /** Observation id to its context (observation and finding ids); absent when everything is context. */
    private final Map<String, Set<String>> contexts = new HashMap<>();

    WhatIfContext(KnowledgeBase kb) {
        Set<String> known = new HashSet<>();
        kb.observations().forEach(o -> known.add(o.id()));
        known.addAll(kb.findingIds());
        List<Rule> rules = kb.rules().sources().stream().map(r -> Rule.read(r, known)).toList();
        for (ObservationDef o : kb.observations()) {
            Set<String> context = contextOf(o.id(), rules);
            if (context != null) {
                contexts.put(o.id(), Set.copyOf(context));
            }
        }
    }

    /** Whether a fact (an observation or a finding) can change what an answer about {@code observation} does. */
    boolean matters(String observation, String other) {
        Set<String> context = contexts.get(observation);
        return context == null || context.contains(other);
    }

    private static Set<String> contextOf(String observation, List<Rule> rules) {
        // the rules the answer can reach, through the findings they derive
        // (by position: a rule's hash code would hash its sets, for each of 400 rules on every pass)
        Set<String> reached = new HashSet<>(Set.of(observation));
        boolean[] affected = new boolean[rules.size()];
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < affected.length; i++) {
                Rule r = rules.get(i);
                if (!affected[i] && (r.anyObservation || r.conditions.stream().anyMatch(reached::contains))) {
                    affected[i] = true;
                    grew |= reached.addAll(r.derives);
                }
            }
        }
        // everything those rules match
        Set<String> context = new HashSet<>();
        for (int i = 0; i < affected.length; i++) {
            if (affected[i]) {
                if (rules.get(i).anyObservation) {
                    return null;
                }
                context.addAll(rules.get(i).conditions);
            }
        }
        return context;
    }

    /** What one rule matches and derives. */
    private record Rule(Set<String> conditions, Set<String> derives, boolean anyObservation) {

        static Rule read(RuleShape shape, Set<String> known) {
            Set<String> conditions = new HashSet<>();
            boolean any = false;
            for (FactPattern p : shape.conditions()) {
                if (p.type().equals("Observation") && p.anyId()) {
                    any = true;
                }
                p.ids().stream().filter(known::contains).forEach(conditions::add);
            }
            return new Rule(conditions, Set.copyOf(shape.findingsMade()), any);
        }
    }
}
