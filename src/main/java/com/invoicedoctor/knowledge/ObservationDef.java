package com.invoicedoctor.knowledge;

import java.util.List;

/**
 * A kind of fact that rules use: its type and the values it may take.
 *
 * @param normal  the value when this part of the system works as it should ("other websites open": yes);
 *                most answers are normal, which the interview uses to expect answers. Optional.
 * @param evident whether anyone at that PC or desk would notice when it is not normal (the internet down,
 *                colleagues offline, a power cut), so a caller who mentions nothing of it means it was normal;
 *                the bench's realistic caller answers such questions, and "unknown" to the others. Optional.
 */
public record ObservationDef(String id, Type type, List<String> values, String unit, String normal, Text title,
                             Boolean evident) {

    /** A choice among named values, or a measured number. */
    public enum Type { choice, number }

    public ObservationDef {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether anyone at that PC or desk would notice it being abnormal ({@code evident: true}). */
    public boolean noticed() {
        return Boolean.TRUE.equals(evident);
    }

    /** Whether the value fits this observation ("unknown" is handled before, never stored). */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        if (type == Type.number) {
            try {
                return Double.isFinite(Double.parseDouble(value.trim()));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return values.contains(value);
    }

    /** Human-readable list of what fits, for error messages. */
    public String expected() {
        return type == Type.number ? "a number" + (unit == null ? "" : " (" + unit + ")")
                : String.join(", ", values);
    }
}
