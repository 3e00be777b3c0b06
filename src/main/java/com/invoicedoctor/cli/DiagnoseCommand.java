package com.invoicedoctor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.description.CauseResemblance;
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

    @Option(names = "--lang", defaultValue = "zh", converter = LangConverter.class, description = "zh or en (default zh)")
    Lang lang;

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
        // the file first, before the knowledge takes seconds to load: a typo fails at once
        Map<String, Object> given = null;
        if (factsFile != null) {
            if (!Files.isRegularFile(factsFile)) {
                err.println("--facts: " + (Files.exists(factsFile) ? "not a file: " : "no such file: ") + factsFile);
                err.flush();
                return 2;
            }
            try {
                given = readFacts(factsFile);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                err.flush();
                return 2;
            } catch (IOException e) {
                // unreadable (permissions) or not UTF-8 text
                err.println("--facts: cannot read " + factsFile + " as UTF-8 text (" + e.getClass().getSimpleName() + ")");
                err.flush();
                return 2;
            }
        }
        KnowledgeBase kb = knowledge.loadOrReport(err);
        if (kb == null) {
            return 1;
        }
        List<Observation> observations = new ArrayList<>();
        try {
            if (given != null) {
                observations.addAll(Facts.parse(given, kb, Observation.Source.answer, factsFile.toString()));
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
        if (CauseResemblance.stated(observations).isEmpty()) {
            return notRecognised(out, err, kb);
        }
        Assessment assessment = new Reasoner(kb).assess(observations);
        List<Diagnosis> diagnoses = new DiagnosisPresenter(kb).present(assessment, lang, top);
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("knowledgeVersion", kb.version());
            body.put("facts", observations);
            body.put("diagnoses", diagnoses);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } else {
            new DiagnosisText(out).print(diagnoses, lang);
        }
        out.flush();
        return 0;
    }

    /**
     * Nothing given was recognised (a resemblance alone is no fact): say so plainly, with no ranking, which would be the
     * priors dressed up as a diagnosis. Exit code 3.
     */
    private int notRecognised(PrintWriter out, PrintWriter err, KnowledgeBase kb) throws IOException {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("knowledgeVersion", kb.version());
            body.put("recognised", false);
            body.put("facts", List.of());
            body.put("diagnoses", List.of());
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
            out.flush();
        } else {
            err.println(lang == Lang.zh
                    ? "没有识别出任何已知情况：这段文字里没有已知的报错说法或现象，无法据此诊断。请补充完整的报错信息，或用 --facts 给出已知事实。"
                    : "Not recognised: the text holds no known error wording or symptom, so there is nothing to diagnose. "
                    + "Give the full error message, or known facts with --facts.");
            err.flush();
        }
        return NOT_RECOGNISED;
    }

    /** The exit code when nothing in the input was recognised. */
    static final int NOT_RECOGNISED = 3;

    private static Map<String, Object> readFacts(Path file) throws IOException {
        try {
            return new ObjectMapper().readValue(Files.readString(file), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr()
                    + ": not a JSON object of observation id -> value: " + e.getOriginalMessage());
        }
    }
}
