package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Prints, as TSV, every fact the phrases and the error patterns read from each story of the given files or folders
 * (story, truth, opening or story, fact, value, layer, quoted clause), so that a person reviewing the reader can
 * set what it read beside what the story says. It is a development tool for spent stories: it is never pointed at
 * a held-out round.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.StoryReadingPrinter
 * evaluation/stories/zh.yaml evaluation/stories/round-2 …
 */
public final class StoryReadingPrinter {
    private StoryReadingPrinter() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        DescriptionReader phrases = new DescriptionReader(kb);
        ErrorTextAnalyzer errorTexts = new ErrorTextAnalyzer(kb);
        List<StoryReadingBenchmark.Story> stories = new ArrayList<>();
        for (String a : args) {
            stories.addAll(StoryReadingBenchmark.stories(Path.of(a)));
        }
        System.out.println("story\ttruth\ttext\tfact\tvalue\tlayer\tquoted");
        for (StoryReadingBenchmark.Story s : stories) {
            for (String part : List.of("opening", "story")) {
                String text = part.equals("opening") ? s.opening() : s.story();
                List<Observation> read = new ArrayList<>(phrases.read(text));
                read.addAll(errorTexts.analyse(text,
                        EnumSet.of(ErrorTextAnalyzer.Layer.PATTERN, ErrorTextAnalyzer.Layer.TERM)));
                for (Observation o : read) {
                    System.out.println(String.join("\t", s.id(), s.accepted().get(0), part, o.id(),
                            o.value() == null ? String.valueOf(o.number()) : o.value(), o.source().name(),
                            o.detail() == null ? "" : o.detail().replace('\t', ' ').replace('\n', ' ')));
                }
            }
        }
    }
}
