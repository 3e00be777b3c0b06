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
 * whole stories of the given (spent) story folders and prints, by the top cause's BM25 score and by its margin over the
 * second, how often the top cause is the truth. Figures only.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.ResemblanceStrength DIR...
 */
public final class ResemblanceStrength {
    private ResemblanceStrength() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        CauseResemblance resemblance = new CauseResemblance(kb);
        Words words = new Words();
        List<double[]> rows = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    for (JsonNode s : YamlFiles.mapper().readTree(f.toFile()).get("stories")) {
                        for (String field : List.of("opening", "story")) {
                            double[] score = resemblance.scores(List.of(words.of(s.get(field).asText(), true)));
                            if (score == null) {
                                continue;
                            }
                            double[] sorted = score.clone();
                            Arrays.sort(sorted);
                            int best = 0;
                            for (int c = 1; c < score.length; c++) {
                                best = score[c] > score[best] ? c : best;
                            }
                            boolean right = resemblance.causes().get(best).equals(s.get("truth").asText());
                            double top = sorted[sorted.length - 1];
                            double second = sorted[sorted.length - 2];
                            rows.add(new double[] {top, top / Math.max(1e-9, second), right ? 1 : 0, field.equals("opening") ? 1 : 0});
                        }
                    }
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
            List<double[]> in = rows.stream().filter(r -> r[1] >= band[0] && r[1] < band[1]).toList();
            System.out.printf("margin %4.2f-%-5.2f n %3d  right %.2f%n", band[0], Math.min(band[1], 99), in.size(),
                    in.stream().mapToDouble(r -> r[2]).average().orElse(0));
        }
    }
}
