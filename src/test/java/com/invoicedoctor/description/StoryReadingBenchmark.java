package com.invoicedoctor.description;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the description alone gives on the frozen stories of evaluation/stories/ (written by people who never read
 * the knowledge): each story's opening (the one or two sentences the person types first) and, for comparison, the
 * whole story, read with the product's phrases and error patterns and ranked before any question (the resemblance
 * without the story's own round, which knowledge-base/examples holds once a round is spent). Prints top-1,
 * top-3 and the share of texts that stated any fact (what a text merely resembles left out), overall and by language and audience. It prints figures only;
 * which stories miss is deliberately not shown, since the knowledge must not be tuned to them.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.StoryReadingBenchmark
 * [files or folders of stories; default evaluation/stories, whose sub-folders are further rounds to name]
 */
public final class StoryReadingBenchmark {
    private StoryReadingBenchmark() {
    }

    /** One frozen story: its truth and the causes also accepted. */
    record Story(String id, String lang, String audience, List<String> accepted, String opening, String story) {
    }

    /** Counts for one group of stories. */
    static final class Tally {
        int n;
        int top1;
        int top3;
        int facts;

        void add(boolean first, boolean inTop3, boolean anyFact) {
            n++;
            top1 += first ? 1 : 0;
            top3 += inTop3 ? 1 : 0;
            facts += anyFact ? 1 : 0;
        }

        String line() {
            return String.format("n %3d  top-1 %.2f  top-3 %.2f  facts read %.2f", n, top1 / (double) n, top3 / (double) n,
                    facts / (double) n);
        }
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        CauseResemblance resemblance = new CauseResemblance(kb);
        Description description = new Description(new DescriptionReader(kb), new ErrorTextAnalyzer(kb), resemblance);
        Map<String, Description> withoutRound = new HashMap<>();
        Reasoner reasoner = new Reasoner(kb);
        List<Story> stories = new ArrayList<>();
        for (String a : args.length > 0 ? args : new String[] {"evaluation/stories"}) {
            stories.addAll(stories(Path.of(a)));
        }
        for (String part : List.of("opening", "story")) {
            Map<String, Tally> tallies = new TreeMap<>();
            for (Story s : stories) {
                // a spent round's stories are examples the resemblance learns from: each story is read without its
                // whole round's, as a stranger's words would be
                Description stranger = withoutRound.computeIfAbsent(round(s.id()), r -> description.with(
                        resemblance.leavingOut(kb.examples().stream().map(e -> e.id())
                                .filter(id -> round(id).equals(r)).toList())));
                List<Observation> facts = stranger.read(part.equals("opening") ? s.opening() : s.story());
                List<String> ranking = reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
                boolean first = s.accepted().contains(ranking.get(0));
                boolean inTop3 = ranking.subList(0, 3).stream().anyMatch(s.accepted()::contains);
                for (String key : List.of("all", "lang " + s.lang(), "audience " + s.audience(),
                        s.lang() + " " + s.audience())) {
                    // a fact read counts when the words stated it, not when the text merely resembles a cause
                    tallies.computeIfAbsent(key, k -> new Tally()).add(first, inTop3, !CauseResemblance.stated(facts).isEmpty());
                }
            }
            System.out.println("read alone: " + part);
            tallies.forEach((k, t) -> System.out.printf("  %-22s %s%n", k, t.line()));
        }
    }

    /** The round a story id names: "r9" of "r9-zh-06". */
    static String round(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /** The stories of one file, or of the .yaml files directly in one folder (its sub-folders are not read). */
    static List<Story> stories(Path dirOrFile) throws IOException {
        List<Story> stories = new ArrayList<>();
        List<Path> yamlFiles;
        if (Files.isDirectory(dirOrFile)) {
            try (Stream<Path> files = Files.list(dirOrFile)) {
                yamlFiles = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
        } else {
            yamlFiles = List.of(dirOrFile);
        }
        for (Path f : yamlFiles) {
            for (JsonNode n : YamlFiles.mapper().readTree(f.toFile()).get("stories")) {
                List<String> accepted = new ArrayList<>(List.of(n.get("truth").asText()));
                if (n.has("alsoAccepted")) {
                    n.get("alsoAccepted").forEach(a -> accepted.add(a.asText()));
                }
                stories.add(new Story(n.get("id").asText(), n.get("lang").asText(), n.get("audience").asText(),
                        accepted, n.get("opening").asText(), n.get("story").asText()));
            }
        }
        return stories;
    }
}
