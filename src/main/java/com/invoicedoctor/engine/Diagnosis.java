package com.invoicedoctor.engine;

import java.util.List;

/**
 * One ranked diagnosis as shown to people and returned by the API.
 *
 * @param because the rules that moved this cause, each with the facts behind it
 */
public record Diagnosis(String cause, double confidence, String title, String family, String description,
                        List<Step> solutions, List<Reason> because) {

    /** A solution step in the reader's language. */
    public record Step(String id, String who, int minutes, String risk, String kind, String text) {
    }

    /** A rule that gave evidence, in the reader's language, and the facts it matched. */
    public record Reason(String rule, String text, double ratio, String direction, List<Fact> facts) {
    }

    /** A fact with its provenance. */
    public record Fact(String id, String title, String value, String source, String detail) {
    }
}
