package com.invoicedoctor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge did not load or validate; carries every problem found, never half a knowledge base. */
public class KnowledgeException extends RuntimeException {
    private final List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
