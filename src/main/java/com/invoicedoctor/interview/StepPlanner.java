package com.invoicedoctor.interview;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.knowledge.Actor;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.SolutionStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders solution steps cheapest-likely-first: by the chance that the step's cause is the fault
 * divided by the step's minutes, as in decision-theoretic troubleshooting. Customers are offered only
 * the steps a customer can do; staff also get their own and the administrators' steps.
 */
final class StepPlanner {
    /** Causes below this confidence get no steps offered. */
    static final double CONSIDERED_FROM = 0.05;
    /** At most this many causes contribute steps. */
    static final int CAUSES = 3;
    /** A workaround is less likely than a fix to end the call for good. */
    static final double WORKAROUND_WEIGHT = 0.5;

    private final KnowledgeBase kb;

    StepPlanner(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Steps for the leading causes, untried ones first in order of efficiency, tried ones after. */
    List<OfferedStep> plan(Assessment assessment, Audience audience, Map<String, String> repairs) {
        List<OfferedStep> open = new ArrayList<>();
        List<OfferedStep> tried = new ArrayList<>();
        int causes = 0;
        for (Assessment.Ranked r : assessment.ranking()) {
            if (causes >= CAUSES || (causes > 0 && r.confidence() < CONSIDERED_FROM)) {
                break;
            }
            causes++;
            Cause cause = kb.cause(r.cause()).orElseThrow();
            for (SolutionStep step : cause.solutions()) {
                if (!allowed(step.who(), audience)) {
                    continue;
                }
                double weight = step.kind() == SolutionStep.Kind.fix ? 1.0 : WORKAROUND_WEIGHT;
                double efficiency = r.confidence() * weight / Math.max(1, step.minutes());
                OfferedStep offered = new OfferedStep(cause.id(), step, r.confidence(), efficiency, repairs.get(step.id()));
                (offered.tried() == null ? open : tried).add(offered);
            }
        }
        open.sort(Comparator.comparingDouble(OfferedStep::efficiency).reversed());
        List<OfferedStep> all = new ArrayList<>(open);
        all.addAll(tried);
        return all;
    }

    /** Whether someone in this audience may be offered a step for this actor. */
    static boolean allowed(Actor who, Audience audience) {
        return audience == Audience.helpdesk || who == Actor.customer;
    }
}
