package com.invoicedoctor.knowledge;

import java.util.List;

/**
 * A kind of fact that rules use: its type and the values it may take.
 *
 * @param normal the value when this part of the system works as it should ("other websites open": yes);
 *               most answers are normal, which the interview uses to expect answers. Optional.
 */
public record ObservationDef(String id, Type type, List<String> values, String unit, String normal, Text title) {

    /** A choice among named values, or a measured number. */
    public enum Type { choice, number }

    public ObservationDef {
        values = values == null ? List.of() : List.copyOf(values);
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
