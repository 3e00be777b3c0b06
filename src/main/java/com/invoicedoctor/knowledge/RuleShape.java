package com.invoicedoctor.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * One rule as Drools parsed it: the facts its conditions match and what its consequence inserts, with the
 * file and line of each. The validator, the what-if context and the number samples all read rules here.
 */
public record RuleShape(Path file, int line, String name, List<FactPattern> conditions, List<Conclusion> conclusions) {

    public RuleShape {
        conditions = List.copyOf(conditions);
        conclusions = List.copyOf(conclusions);
    }

    /** The ids of the findings this rule derives. */
    public List<String> findingsMade() {
        return conclusions.stream().filter(c -> c.kind() == Conclusion.Kind.FINDING).map(Conclusion::target).toList();
    }
}
