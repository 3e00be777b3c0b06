package com.invoicedoctor.engine;

/**
 * A fact about the case, with where it came from.
 *
 * @param id     the observation id from the knowledge base
 * @param value  the value as text ("yes", "timeout", "612")
 * @param number the value as a number for numeric observations, otherwise null
 * @param source who or what produced it
 * @param detail provenance detail: the question asked, the probe and its measurement, or the matched text
 */
public record Observation(String id, String value, Double number, Source source, String detail) {

    /**
     * Where a fact came from: a person's answer, a check staff ran for it (a helpdesk question: a command,
     * a log), a probe's measurement, a pasted error text, a repair outcome, or the person's own description of
     * what happened.
     */
    public enum Source { answer, check, probe, errorText, repair, description }

    /** A fact answered by a person. */
    public static Observation answered(String id, String value) {
        return new Observation(id, value, parse(value), Source.answer, null);
    }

    /** A fact from the given source with a provenance detail. */
    public static Observation of(String id, String value, Source source, String detail) {
        return new Observation(id, value, parse(value), source, detail);
    }

    private static Double parse(String value) {
        if (value == null || !mayBeNumber(value.trim())) {
            return null; // most values are words ("yes", "timeout"): not thrown and caught, which costs a stack trace
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether Double.valueOf could read the text: after an optional sign, every form it reads begins with a digit, a
     * point, "NaN" or "Infinity".
     */
    private static boolean mayBeNumber(String text) {
        int at = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return (c >= '0' && c <= '9') || c == '.' || c == 'N' || c == 'I';
    }

    @Override
    public String toString() {
        return id + " = " + value;
    }
}
