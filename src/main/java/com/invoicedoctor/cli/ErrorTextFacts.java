package com.invoicedoctor.cli;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.description.DescriptionReader;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import java.util.List;

/** The facts a pasted error text or a person's description reveals, for the command line. */
final class ErrorTextFacts {
    private ErrorTextFacts() {
    }

    static List<Observation> read(KnowledgeBase kb, String text) {
        return new ErrorTextAnalyzer(kb).analyse(text);
    }

    /** A description's phrases, then any error message quoted in it (which wins where both tell one fact). */
    static List<Observation> describe(KnowledgeBase kb, String text) {
        java.util.Map<String, Observation> facts = new java.util.LinkedHashMap<>();
        new DescriptionReader(kb).read(text).forEach(o -> facts.put(o.id(), o));
        read(kb, text).forEach(o -> facts.put(o.id(), o));
        return List.copyOf(facts.values());
    }
}
