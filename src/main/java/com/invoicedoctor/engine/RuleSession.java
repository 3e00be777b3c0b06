package com.invoicedoctor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A live Drools session over one case's observations. Findings and evidence are inserted logically,
 * so replacing or removing an observation retracts what it caused: a "what if the answer were X?"
 * costs only the rules that X touches.
 */
public final class RuleSession implements AutoCloseable {
    private final KieSession session;
    private final ConfidenceModel model;
    private final Map<String, FactHandle> handles = new HashMap<>();

    /** While a what-if runs: the change to each cause's log score, summed as evidence comes and goes. */
    private double[] change;

    RuleSession(KieSession session, ConfidenceModel model) {
        this.session = session;
        this.model = model;
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (change != null && event.getObject() instanceof Evidence e) {
                    model.addTo(change, e, 1);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (change != null && event.getOldObject() instanceof Evidence e) {
                    model.addTo(change, e, -1);
                }
            }
        });
    }

    /** The cause ids, in the order of {@link #whatIf} arrays. */
    public List<String> causes() {
        return model.causes();
    }

    /** Cause id to its position in {@link #causes()}. */
    public Map<String, Integer> causeIndex() {
        return model.causeIndex();
    }

    /**
     * Asks the rules "what if this slot held this observation?" for each observation in turn, and leaves
     * the slot empty again. Call {@link #assess()} first, so that only the hypothetical answers' own
     * consequences are counted.
     *
     * <p>Scores add up over the evidence present, so the evidence that comes and goes while one answer
     * replaces the previous one sums to the difference of their changes: one firing per answer suffices.
     *
     * @return for each observation, the change it makes to each cause's log score, in the order of {@link #causes()}
     */
    public List<double[]> whatIf(String slot, List<Observation> observations) {
        List<double[]> changes = new ArrayList<>(observations.size());
        double[] previous = new double[model.causes().size()];
        try {
            for (Observation observation : observations) {
                change = previous.clone();
                put(slot, observation);
                session.fireAllRules();
                changes.add(change);
                previous = change;
            }
            return changes;
        } finally {
            change = null;
            remove(slot);
            session.fireAllRules();
        }
    }

    /** Sets an observation, replacing an earlier one with the same id. */
    public void put(Observation observation) {
        put(observation.id(), observation);
    }

    /**
     * Sets an observation in a named slot, replacing what the slot held. Two slots may hold reports of
     * the same observation (a customer's answer and a helpdesk check): each is evidence on its own.
     */
    public void put(String slot, Observation observation) {
        remove(slot);
        handles.put(slot, session.insert(observation));
    }

    /** Empties a slot (by default an observation's id), if it holds anything. */
    public void remove(String slot) {
        FactHandle old = handles.remove(slot);
        if (old != null) {
            session.delete(old);
        }
    }

    /** Adds another kind of fact, such as a {@link Repair} outcome. */
    public void add(Object fact) {
        session.insert(fact);
    }

    /** Fires the rules and ranks the causes. */
    public Assessment assess() {
        session.fireAllRules();
        List<Evidence> evidence = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Evidence.class))) {
            evidence.add((Evidence) o);
        }
        List<Finding> findings = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
            findings.add((Finding) o);
        }
        evidence.sort((a, b) -> a.rule().compareTo(b.rule()));
        findings.sort((a, b) -> a.id().compareTo(b.id()));
        return new Assessment(model.rank(evidence), List.copyOf(findings));
    }

    @Override
    public void close() {
        session.dispose();
    }
}
