package com.invoicedoctor.cli;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import java.util.List;

/** The facts a pasted error text reveals, for the command line. */
final class ErrorTextFacts {
    private ErrorTextFacts() {
    }

    static List<Observation> read(KnowledgeBase kb, String text) {
        return new ErrorTextAnalyzer(kb).analyse(text);
    }
}
