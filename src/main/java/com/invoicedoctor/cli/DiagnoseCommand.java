package com.invoicedoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.engine.DiagnosisPresenter;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.InvalidFactException;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One diagnosis from facts in a file and/or an error text. */
@Command(name = "diagnose", description = "Ranks the causes for the given facts and/or error text.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--facts", paramLabel = "FILE", description = "JSON object: observation id -> value")
    Path factsFile;

    @Option(names = "--error-text", paramLabel = "TEXT", description = "an error message as the user saw it")
    String errorText;

    @Option(names = "--description", paramLabel = "TEXT", description = "what happened, in the person's own words")
    String description;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default zh)")
    String lang;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--top", defaultValue = "5", description = "how many diagnoses to show (default 5)")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (factsFile == null && errorText == null && description == null) {
            err.println("give --facts FILE, --error-text TEXT and/or --description TEXT");
            err.flush();
            return 2;
        }
        KnowledgeBase kb = knowledge.loadOrReport(err);
        if (kb == null) {
            return 1;
        }
        List<Observation> observations = new ArrayList<>();
        try {
            if (factsFile != null) {
                observations.addAll(Facts.parse(readFacts(factsFile), kb, Observation.Source.answer, factsFile.toString()));
            }
            if (description != null) {
                observations.addAll(ErrorTextFacts.describe(kb, description));
            }
            if (errorText != null) {
                observations.addAll(ErrorTextFacts.read(kb, errorText));
            }
        } catch (InvalidFactException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Assessment assessment = new Reasoner(kb).assess(observations);
        List<Diagnosis> diagnoses = new DiagnosisPresenter(kb).present(assessment, Lang.of(lang), top);
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("knowledgeVersion", kb.version());
            body.put("facts", observations);
            body.put("diagnoses", diagnoses);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } else {
            new DiagnosisText(out).print(diagnoses, Lang.of(lang));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> readFacts(Path file) throws IOException {
        try {
            return new ObjectMapper().readValue(Files.readString(file), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr()
                    + ": not a JSON object of observation id -> value: " + e.getOriginalMessage());
        }
    }
}
