package com.invoicedoctor.description;

import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
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
 * set what it read beside what the story says; with --ranks first, the top 3 each text alone gives instead. It is
 * a development tool for spent stories: it is never pointed at a held-out round.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.StoryReadingPrinter
 * [--ranks] evaluation/stories/zh.yaml evaluation/stories/round-2 …
 */
public final class StoryReadingPrinter {
    private StoryReadingPrinter() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        DescriptionReader phrases = new DescriptionReader(kb);
        ErrorTextAnalyzer errorTexts = new ErrorTextAnalyzer(kb);
        boolean ranks = args.length > 0 && args[0].equals("--ranks");
        List<StoryReadingBenchmark.Story> stories = new ArrayList<>();
        for (String a : ranks ? List.of(args).subList(1, args.length) : List.of(args)) {
            if (StoryRounds.isHeldOut(Path.of(a), Path.of("evaluation/walks"))) {
                // printing a held-out round's readings would be writing knowledge from it
                throw new IllegalArgumentException(a + " is a held-out round (no walk of it yet): not printed");
            }
            stories.addAll(StoryReadingBenchmark.stories(Path.of(a)));
        }
        if (ranks) {
            printRanks(kb, stories);
            return;
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

    private static void printRanks(KnowledgeBase kb, List<StoryReadingBenchmark.Story> stories) {
        Description description = new Description(kb);
        Reasoner reasoner = new Reasoner(kb);
        System.out.println("story\ttruth\ttext\ttop1\ttop3\tranking");
        for (StoryReadingBenchmark.Story s : stories) {
            for (String part : List.of("opening", "story")) {
                List<String> ranking = reasoner.assess(description.read(part.equals("opening") ? s.opening() : s.story()))
                        .ranking().stream().map(Assessment.Ranked::cause).toList();
                boolean first = s.accepted().contains(ranking.get(0));
                boolean top3 = ranking.subList(0, 3).stream().anyMatch(s.accepted()::contains);
                System.out.println(String.join("\t", s.id(), s.accepted().get(0), part, String.valueOf(first),
                        String.valueOf(top3), String.join(" ", ranking.subList(0, 3))));
            }
        }
    }
}
