package com.invoicedoctor.cli;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.description.Description;
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
        return new Description(kb).read(text);
    }
}
