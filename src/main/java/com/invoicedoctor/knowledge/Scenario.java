package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.Map;

/**
 * A realistic case as a person lived it, with its true cause: the benchmark's ground truth.
 *
 * @param facts what this caller would answer if asked (observation id to value)
 */
public record Scenario(String id, String cause, Text story, Map<String, String> facts) implements Serializable {

    public Scenario {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
