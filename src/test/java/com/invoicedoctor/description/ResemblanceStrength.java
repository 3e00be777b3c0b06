package com.invoicedoctor.description;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How far the resemblance of a text to a cause can be trusted, by how strongly it resembles: reads the openings and
 * whole stories of the given (spent) story folders, each folder against documents without its own stories (they
 * may be examples of the knowledge base now, and a folder is one writer's round), and prints, by the top cause's BM25
 * score and by its margin over the second, how often the top cause is the truth, and how often the first and the
 * second are the truth above the score the product listens from. Figures only.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.ResemblanceStrength DIR...
 */
public final class ResemblanceStrength {
    private ResemblanceStrength() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        // -Dvoting=k:w measures another weighing of the closest told cases (w 0: the documents per cause alone)
        String[] voting = System.getProperty("voting", CauseResemblance.VOTERS + ":" + CauseResemblance.VOTE_WEIGHT).split(":");
        CauseResemblance resemblance = new CauseResemblance(kb).voting(Integer.parseInt(voting[0]), Double.parseDouble(voting[1]));
        Words words = new Words();
        List<double[]> rows = new ArrayList<>();
        for (String dir : args) {
            // the stories of one folder are read against documents without any of them (they may be examples now,
            // and a folder is one writer's round)
            List<JsonNode> stories = new ArrayList<>();
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    YamlFiles.mapper().readTree(f.toFile()).get("stories").forEach(stories::add);
                }
            }
            CauseResemblance without = resemblance.leavingOut(stories.stream().map(s -> s.get("id").asText()).toList());
            for (JsonNode s : stories) {
                for (String field : List.of("opening", "story")) {
                    String text = field.equals("story") ? s.get("opening").asText() + "\n" + s.get("story").asText()
                            : s.get("opening").asText();
                    List<String> cut = List.of(words.of(text, true));
                    double[] documents = without.documentScores(cut);
                    double[] score = without.scores(cut);
                    if (score == null) {
                        continue;
                    }
                    double[] sorted = score.clone();
                    Arrays.sort(sorted);
                    int best = 0;
                    for (int c = 1; c < score.length; c++) {
                        best = score[c] > score[best] ? c : best;
                    }
                    int second = -1;
                    for (int c = 0; c < score.length; c++) {
                        second = c != best && (second < 0 || score[c] > score[second]) ? c : second;
                    }
                    String truth = s.get("truth").asText();
                    double top = Arrays.stream(documents).max().orElse(0);
                    rows.add(new double[] {top, sorted[sorted.length - 1] / Math.max(1e-9, sorted[sorted.length - 2]),
                            without.causes().get(best).equals(truth) ? 1 : 0, field.equals("opening") ? 1 : 0,
                            without.causes().get(second).equals(truth) ? 1 : 0});
                }
            }
        }
        System.out.println(rows.size() + " texts; share whose top resemblance is the truth");
        for (double[] band : new double[][] {{0, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 12}, {12, 20}, {20, 1e9}}) {
            List<double[]> in = rows.stream().filter(r -> r[0] >= band[0] && r[0] < band[1]).toList();
            System.out.printf("top score %5.0f-%-5.0f n %3d  right %.2f  (openings %d)%n", band[0], Math.min(band[1], 999), in.size(),
                    in.stream().mapToDouble(r -> r[2]).average().orElse(0), in.stream().filter(r -> r[3] == 1).count());
        }
        for (double[] band : new double[][] {{1, 1.1}, {1.1, 1.25}, {1.25, 1.5}, {1.5, 2}, {2, 1e9}}) {
            // the lead counts only where the product gives it (top score at least the clear score)
            List<double[]> in = rows.stream().filter(r -> r[1] >= band[0] && r[1] < band[1] && r[0] >= CauseResemblance.CLEAR_SCORE).toList();
            System.out.printf("margin %4.2f-%-5.2f n %3d  right %.2f  second right %.2f  (openings %d, right %.2f)%n", band[0],
                    Math.min(band[1], 99), in.size(), in.stream().mapToDouble(r -> r[2]).average().orElse(0),
                    in.stream().mapToDouble(r -> r[4]).average().orElse(0), in.stream().filter(r -> r[3] == 1).count(),
                    in.stream().filter(r -> r[3] == 1).mapToDouble(r -> r[2]).average().orElse(0));
        }
        // below the floor: would the resemblance of a faint text be worth listening to, and does its lead tell?
        for (double[] band : new double[][] {{0, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}}) {
            for (double[] lead : new double[][] {{1, 1.5}, {1.5, 1e9}}) {
                List<double[]> in = rows.stream().filter(r -> r[0] >= band[0] && r[0] < band[1] && r[1] >= lead[0] && r[1] < lead[1]).toList();
                System.out.printf("top score %.0f-%.0f, lead %.1f-%-4.1f n %3d  right %.2f  second right %.2f%n", band[0], band[1],
                        lead[0], Math.min(lead[1], 99), in.size(), in.stream().mapToDouble(r -> r[2]).average().orElse(0),
                        in.stream().mapToDouble(r -> r[4]).average().orElse(0));
            }
        }
        for (int opening = 1; opening >= 0; opening--) {
            int kind = opening;
            List<double[]> in = rows.stream().filter(r -> r[3] == kind && r[0] >= CauseResemblance.LEAST_SCORE).toList();
            System.out.printf("%s, top score at least %.0f: n %d  first is the truth %.2f  second is %.2f%n",
                    kind == 1 ? "openings" : "whole stories", CauseResemblance.LEAST_SCORE, in.size(),
                    in.stream().mapToDouble(r -> r[2]).average().orElse(0), in.stream().mapToDouble(r -> r[4]).average().orElse(0));
        }
    }
}
