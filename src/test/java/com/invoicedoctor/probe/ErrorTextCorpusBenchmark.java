package com.invoicedoctor.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The error-text reading on the corpus of real messages in evaluation/error-texts/ (collected from public sources
 * by people who never saw the patterns, split by source into a development and a test part): top-1 and top-3
 * against the causes a support engineer accepts, and the share of messages nothing was recognised in; per part,
 * and per language. Prints figures only: the test part must not be tuned on.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ErrorTextCorpusBenchmark
 */
public final class ErrorTextCorpusBenchmark {
    private ErrorTextCorpusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
        Reasoner reasoner = new Reasoner(kb);
        Map<String, int[]> tallies = new TreeMap<>();
        try (Stream<Path> areas = Files.list(Path.of("evaluation/error-texts"))) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                for (String part : List.of("dev", "test")) {
                    Path file = area.resolve(part + ".yaml");
                    if (!Files.exists(file)) {
                        continue;
                    }
                    JsonNode messages = YamlFiles.mapper().readTree(file.toFile()).get("messages");
                    if (messages == null) {
                        continue;
                    }
                    for (JsonNode m : messages) {
                        List<String> accepted = new ArrayList<>();
                        m.get("accepted").forEach(a -> accepted.add(a.asText()));
                        List<Observation> facts = analyzer.analyse(m.get("text").asText());
                        List<String> ranking = reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
                        boolean first = accepted.contains(ranking.get(0));
                        boolean top3 = ranking.subList(0, 3).stream().anyMatch(accepted::contains);
                        for (String key : List.of(part + " all", part + " " + m.get("lang").asText())) {
                            int[] t = tallies.computeIfAbsent(key, k -> new int[4]);
                            t[0]++;
                            t[1] += first ? 1 : 0;
                            t[2] += top3 ? 1 : 0;
                            t[3] += facts.isEmpty() ? 1 : 0;
                        }
                    }
                }
            }
        }
        tallies.forEach((k, t) -> System.out.printf("%-10s n %3d  top-1 %.2f  top-3 %.2f  not recognised %.2f%n",
                k, t[0], t[1] / (double) t[0], t[2] / (double) t[0], t[3] / (double) t[0]));
    }
}
