package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One step of a cause's solution, priced like a repair in Windows' network diagnostics:
 * who can do it, how long it takes, how risky it is and whether it removes the cause.
 *
 * @param share how much of its cause's faults the step removes on its own (0–1); optional, a fix removes all
 *              and a workaround half when not given
 * @param notIf the step's premise as facts that rule it out: observation id to the value(s), several separated by
 *              "|", that make it pointless (a VPN step once the person said there is no VPN; "look at the port
 *              light" once the light was looked at). Optional.
 */
public record SolutionStep(String id, Actor who, int minutes, Risk risk, Kind kind, Text text, Double share,
                           Map<String, String> notIf) implements Serializable {

    /** How much can go wrong when the step is tried. */
    public enum Risk { low, medium, high }

    /** A fix removes the cause; a workaround only gets the invoice out. */
    public enum Kind { fix, workaround }

    public SolutionStep {
        notIf = notIf == null ? Map.of() : Map.copyOf(notIf);
    }

    /** The share of its cause's faults this step removes. */
    public double shareOrDefault() {
        return share != null ? share : kind == Kind.workaround ? 0.5 : 1.0;
    }

    /** Whether these known facts (observation id to value) rule the step out. */
    public boolean ruledOut(Map<String, String> known) {
        for (Map.Entry<String, String> condition : notIf.entrySet()) {
            String value = known.get(condition.getKey());
            if (value != null && List.of(condition.getValue().split("\\|")).contains(value)) {
                return true;
            }
        }
        return false;
    }
}
