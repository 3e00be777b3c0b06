package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * One fact pattern of a rule's conditions, e.g. {@code Observation(id in ("a", "b"), value != "ok")}: its fact
 * type, whether it sits under {@code not}, and every comparison of a field with a literal.
 */
public record FactPattern(String type, int line, boolean negated, List<Comparison> comparisons) implements Serializable {

    public FactPattern {
        comparisons = List.copyOf(comparisons);
    }

    /** A field compared with a literal: {@code value != "ok"}, {@code number > 400}. */
    public record Comparison(String field, String operator, String literal, int line) implements Serializable {
        /** The literal without its quotes. */
        public String text() {
            return literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")
                    ? literal.substring(1, literal.length() - 1) : literal;
        }
    }

    /** The ids this pattern can match; empty when it names none, and so matches every fact of its type. */
    public List<String> ids() {
        return comparisons.stream().filter(c -> c.field().equals("id")).map(Comparison::text).toList();
    }

    /** Whether the pattern names no id and so matches every fact of its type. */
    public boolean anyId() {
        return ids().isEmpty();
    }

    /** The comparisons of one field with a value, not with null. */
    public List<Comparison> on(String field) {
        return comparisons.stream().filter(c -> c.field().equals(field) && !c.literal().equals("null")).toList();
    }

    /** The line an id is named on, else the pattern's. */
    public int lineOf(String id) {
        return comparisons.stream().filter(c -> c.field().equals("id") && c.text().equals(id))
                .mapToInt(Comparison::line).findFirst().orElse(line);
    }
}
