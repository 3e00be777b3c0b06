package com.invoicedoctor.knowledge;

import java.io.Serializable;
/**
 * What a rule's consequence inserts: a finding ({@code Finding.of(kcontext, "finding.x")}) or evidence for a
 * cause ({@code Evidence.of(kcontext, "server.*", 6.0)}), the cause possibly a variable bound in the conditions, the
 * ratio NaN when it is computed from bound values (known only when the rule fires).
 */
public record Conclusion(Kind kind, String target, boolean variable, double ratio, int line) implements Serializable {

    /** What is inserted. */
    public enum Kind { FINDING, EVIDENCE }
}
