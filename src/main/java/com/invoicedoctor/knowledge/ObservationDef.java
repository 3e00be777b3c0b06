package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * A kind of fact that rules use: its type and the values it may take.
 *
 * @param normal  the value when this part of the system works as it should ("other websites open": yes);
 *                most answers are normal, which the interview uses to expect answers. Optional.
 * @param evident whether anyone at that PC or desk would notice when it is not normal (the internet down,
 *                colleagues offline, a power cut), so a caller who mentions nothing of it means it was normal;
 *                the bench's realistic caller answers such questions, and "unknown" to the others. Optional.
 * @param min     the least a number may be; null means 0 (counts, durations, rates are never negative). A clock
 *                offset, which is negative when the clock is behind, names its own.
 * @param internal whether the fact says how a reading weighed itself (the classifier's probability, its second guess)
 *                rather than something about the case: rules use it, a person has nothing in it to confirm or
 *                correct, so the pages do not list it. Optional.
 */
public record ObservationDef(String id, Type type, List<String> values, String unit, String normal, Text title,
                             Boolean evident, Double min, Boolean internal) implements Serializable {

    /**
     * A choice among named values, a measured number, or the person's own words ({@code text}): rules never see
     * such a fact; what the words state is read into other facts, as a description is.
     */
    public enum Type { choice, number, text }

    public ObservationDef {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether anyone at that PC or desk would notice it being abnormal ({@code evident: true}). */
    public boolean noticed() {
        return Boolean.TRUE.equals(evident);
    }

    /** Whether the pages leave this fact out of what is known ({@code internal: true}). */
    public boolean onlyForRules() {
        return Boolean.TRUE.equals(internal);
    }

    /** Whether the value fits this observation ("unknown" is handled before, never stored). */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        if (type == Type.text) {
            return !value.isBlank();
        }
        if (type == Type.number) {
            try {
                double number = Double.parseDouble(value.trim());
                return Double.isFinite(number) && number >= least();
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return values.contains(value);
    }

    /** The least number that fits. */
    public double least() {
        return min == null ? 0 : min;
    }

    /** Human-readable list of what fits, for error messages. */
    public String expected() {
        String at = least() == 0 ? "0" : (least() == Math.rint(least()) ? String.valueOf((long) least()) : String.valueOf(least()));
        if (type == Type.text) {
            return "some words";
        }
        return type == Type.number ? "a number of " + at + " or more" + (unit == null ? "" : " (" + unit + ")")
                : String.join(", ", values);
    }
}
