package com.invoicedoctor.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.description.Description;
import com.invoicedoctor.description.DescriptionBenchmark;
import com.invoicedoctor.description.StoryRounds;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.YamlFiles;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import com.invoicedoctor.probe.ErrorTextAnalyzer.Layer;
import com.invoicedoctor.probe.ErrorTextSpeedBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the product reads from the texts it is measured on, written one line per text so that two builds can
 * be compared with {@code diff}: a change meant to make reading cheaper must leave this file as it was. It reads
 * every story of evaluation/stories/ (sub-folders included; opening and whole story) and the 1,000-character texts of
 * DescriptionBenchmark with {@link Description}, and
 * every message of the development part of evaluation/error-texts/ ({@link ErrorCorpus#development}), alone and as
 * the 2 KB logs of the speed
 * benchmarks, with {@link ErrorTextAnalyzer} layer by layer and all together. Each fact is printed with its value,
 * source and provenance (the quote), so a changed quote counts as a change. The held-out test part is never read.
 * Run (after {@code mvn -DskipTests test-compile package}), before and after a change, on the same knowledge:
 * java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.reading.ReadingSnapshot OUT-FILE
 * and {@code diff} the two files (or pass {@code --compare EARLIER-FILE}: exits 1 naming the first texts that differ).
 */
public final class ReadingSnapshot {

    private ReadingSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--compare"))) {
            System.err.println("usage: ReadingSnapshot OUT-FILE [--compare EARLIER-FILE]");
            System.exit(2);
        }
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        List<String> lines = snapshot(kb, Path.of("evaluation/stories"), Path.of("evaluation/error-texts"));
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.printf("%d texts read, written to %s%n", lines.size(), args[0]);
        if (args.length == 3) {
            List<String> earlier = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
            int differing = 0;
            for (int i = 0; i < Math.max(earlier.size(), lines.size()); i++) {
                String was = i < earlier.size() ? earlier.get(i) : "(none)";
                String is = i < lines.size() ? lines.get(i) : "(none)";
                if (!was.equals(is) && differing++ < 5) {
                    System.out.printf("differs at line %d:%n  was %s%n  now %s%n", i + 1, was, is);
                }
            }
            System.out.println(differing == 0 ? "same readings as " + args[2] : differing + " texts read differently");
            System.exit(differing == 0 ? 0 : 1);
        }
    }

    /** One line per text read: what was read, and every fact with its value, source and provenance. */
    static List<String> snapshot(KnowledgeBase kb, Path stories, Path errorTexts) throws IOException {
        Description description = new Description(kb);
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
        List<String> lines = new ArrayList<>();
        // rounds nobody has walked yet are held out: never read while knowledge is being written
        for (Path f : StoryRounds.spentFiles(stories, stories.resolveSibling("walks"))) {
            for (JsonNode n : YamlFiles.mapper().readTree(f.toFile()).get("stories")) {
                for (String part : List.of("opening", "story")) {
                    lines.add("story " + stories.relativize(f) + " " + n.get("id").asText() + " " + part + ": "
                            + facts(description.read(n.get(part).asText())));
                }
            }
        }
        // and the 1,000-character descriptions DescriptionBenchmark times (the scenarios' stories joined)
        for (Lang lang : Lang.values()) {
            for (String text : DescriptionBenchmark.texts(kb, lang)) {
                lines.add("description " + lang + " " + lines.size() + ": " + facts(description.read(text)));
            }
        }
        List<ErrorCorpus.Message> messages = ErrorCorpus.development(errorTexts);
        List<String> texts = new ArrayList<>();
        messages.forEach(m -> texts.add(m.text()));
        texts.addAll(ErrorTextSpeedBenchmark.logs(messages));
        List<Set<Layer>> layerSets = List.of(EnumSet.of(Layer.PATTERN), EnumSet.of(Layer.TERM), EnumSet.allOf(Layer.class));
        for (int i = 0; i < texts.size(); i++) {
            for (Set<Layer> layers : layerSets) {
                lines.add((i < messages.size() ? "message " + i : "log " + (i - messages.size())) + " " + layers + ": "
                        + facts(analyzer.analyse(texts.get(i), layers)));
            }
        }
        return lines;
    }

    /**
     * The facts in a fixed order: the order they come in varies from one run to the next already (a phrase's facts are
     * an immutable map, whose iteration order the JVM randomises per run), and nothing downstream depends on it.
     */
    private static String facts(List<Observation> facts) {
        List<String> each = new ArrayList<>();
        for (Observation o : facts) {
            each.add(o.id() + '=' + o.value() + " [" + o.source() + "] "
                    + (o.detail() == null ? "" : o.detail().replace('\n', ' ').replace('\r', ' ')));
        }
        Collections.sort(each);
        return each.isEmpty() ? "(nothing)" : String.join(" | ", each);
    }
}
