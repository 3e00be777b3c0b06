package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;

/** A cause of "服务器异常", with its prior and its ordered solution steps. */
public record Cause(
        String id,
        String family,
        String source,
        String reference,
        double prior,
        Text title,
        Text description,
        List<SolutionStep> solutions) implements Serializable {

    public Cause {
        solutions = solutions == null ? List.of() : List.copyOf(solutions);
    }
}
