package com.invoicedoctor.knowledge;

/**
 * One step of a cause's solution, priced like a repair in Windows' network diagnostics:
 * who can do it, how long it takes, how risky it is and whether it removes the cause.
 */
public record SolutionStep(String id, Actor who, int minutes, Risk risk, Kind kind, Text text) {

    /** How much can go wrong when the step is tried. */
    public enum Risk { low, medium, high }

    /** A fix removes the cause; a workaround only gets the invoice out. */
    public enum Kind { fix, workaround }
}
