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
 * Orders solution steps cheapest-likely-first: by the chance that the step removes the fault (its cause's
 * confidence times the share of that cause's faults it removes) divided by the step's minutes, as in
 * decision-theoretic troubleshooting. A step whose premise the facts rule out (a VPN step when there is no VPN)
 * is not offered. Customers are offered the steps they can do and those of their own network administrator and
 * provider (shown whom to ask); staff get every step.
 */
final class StepPlanner {
    /** Causes below this confidence get no steps offered. */
    static final double CONSIDERED_FROM = 0.05;
    /** At most this many causes contribute steps. */
    static final int CAUSES = 3;
    private final KnowledgeBase kb;

    StepPlanner(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Steps for the leading causes, untried ones first in order of efficiency, tried ones after. */
    List<OfferedStep> plan(Assessment assessment, Audience audience, Map<String, String> repairs, Map<String, String> known) {
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
                if (!allowed(step.who(), audience) || (step.ruledOut(known) && !repairs.containsKey(step.id()))) {
                    continue;
                }
                double efficiency = r.confidence() * step.shareOrDefault() / Math.max(1, step.minutes());
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
        return audience == Audience.helpdesk || who == Actor.customer || who == Actor.netadmin || who == Actor.provider;
    }
}
