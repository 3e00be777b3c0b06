package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import java.util.List;

/**
 * What one probe produced: a value for the probes that depend on it, its result line and its observations.
 *
 * @param value what later probes need (resolved addresses, a connected address…), null when it failed
 */
record Measured<T>(T value, ProbeResult result, List<Observation> observations) {

    Measured {
        observations = List.copyOf(observations);
    }

    /** A fact measured by a probe. */
    static Observation fact(String id, Object value, String detail) {
        return Observation.of(id, String.valueOf(value), Observation.Source.probe, detail);
    }

    static <T> Measured<T> of(T value, ProbeResult result, Observation... observations) {
        return new Measured<>(value, result, List.of(observations));
    }
}
