package com.invoicedoctor.interview;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.FactPattern;
import com.invoicedoctor.knowledge.RuleShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        if (rules.stream().anyMatch(Rule::anyObservation)) {
            return; // such a rule is reached by every answer and matches every fact: everything is context
        }
        // which rules name each fact in their conditions, so that each answer's reach is walked once, rule by rule
        Map<String, List<Rule>> naming = new HashMap<>();
        for (Rule r : rules) {
            r.conditions.forEach(id -> naming.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
        }
        for (ObservationDef o : kb.observations()) {
            contexts.put(o.id(), Set.copyOf(contextOf(o.id(), naming)));
        }
    }

    /** Whether a fact (an observation or a finding) can change what an answer about {@code observation} does. */
    boolean matters(String observation, String other) {
        Set<String> context = contexts.get(observation);
        return context == null || context.contains(other);
    }

    /** Everything the rules an answer about {@code observation} can reach (through the findings they derive) match. */
    private static Set<String> contextOf(String observation, Map<String, List<Rule>> naming) {
        Set<String> reached = new HashSet<>(Set.of(observation));
        Deque<String> toVisit = new ArrayDeque<>(reached);
        // by identity: a rule's hash code would hash its sets
        Set<Rule> affected = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> context = new HashSet<>();
        while (!toVisit.isEmpty()) {
            for (Rule r : naming.getOrDefault(toVisit.poll(), List.of())) {
                if (affected.add(r)) {
                    context.addAll(r.conditions);
                    r.derives.stream().filter(reached::add).forEach(toVisit::add);
                }
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
