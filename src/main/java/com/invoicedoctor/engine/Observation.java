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
        try {
            return value == null ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return id + " = " + value;
    }
}
