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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares ways of weighing the closest told cases beside the documents per cause, leave-one-round-out: each spent
 * round's openings (or whole stories) read against a resemblance without that round's examples. For each variant
 * "k:w" (k closest cases voting on a faint text, their vote weighted w beside the documents; w 0 is the documents
 * alone) prints, per
 * round and by language and audience, top-1 and top-3 of the resemblance's own ranking and, with --reason, of the
 * reasoner's ranking from everything the text states (phrases, error texts and the resemblance weighed by the rules).
 * Figures only. Run: java -cp target/test-classes:target/invoice-doctor.jar
 * com.invoicedoctor.description.ResemblanceVoting [--reason] [--story] k:w... -- round folders...
 */
public final class ResemblanceVoting {
    private ResemblanceVoting() {
    }

    public static void main(String[] args) throws IOException {
        boolean reason = List.of(args).contains("--reason");
        boolean whole = List.of(args).contains("--story");
        int split = List.of(args).indexOf("--");
        List<String> variants = List.of(args).subList(0, split).stream().filter(a -> !a.startsWith("--")).toList();
        List<StoryReadingBenchmark.Story> stories = new ArrayList<>();
        for (String dir : List.of(args).subList(split + 1, args.length)) {
            stories.addAll(StoryReadingBenchmark.stories(Path.of(dir)));
        }
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        CauseResemblance all = new CauseResemblance(kb);
        Description description = new Description(new DescriptionReader(kb), new ErrorTextAnalyzer(kb), all);
        Reasoner reasoner = reason ? new Reasoner(kb) : null;
        Words words = new Words();
        for (String variant : variants) {
            String[] kw = variant.split(":");
            CauseResemblance tuned = all.voting(Integer.parseInt(kw[0]), Double.parseDouble(kw[1]));
            Map<String, CauseResemblance> byRound = new LinkedHashMap<>();
            Map<String, int[]> tally = new java.util.TreeMap<>();
            for (StoryReadingBenchmark.Story s : stories) {
                String round = StoryReadingBenchmark.round(s.id());
                CauseResemblance without = byRound.computeIfAbsent(round, r -> tuned.leavingOut(kb.examples().stream()
                        .map(e -> e.id()).filter(id -> StoryReadingBenchmark.round(id).equals(r)).toList()));
                String text = whole ? s.opening() + "\n" + s.story() : s.opening();
                double[] score = without.scores(List.of(words.of(text, true)));
                List<String> ranked = new ArrayList<>();
                if (score != null) {
                    Integer[] order = new Integer[score.length];
                    Arrays.setAll(order, i -> i);
                    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                    for (Integer c : order) {
                        ranked.add(without.causes().get(c));
                    }
                }
                int[] row = new int[5];
                row[0] = 1;
                row[1] = !ranked.isEmpty() && s.accepted().contains(ranked.get(0)) ? 1 : 0;
                row[2] = ranked.stream().limit(3).anyMatch(s.accepted()::contains) ? 1 : 0;
                if (reason) {
                    List<Observation> facts = description.with(without).read(text);
                    List<String> r = reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
                    row[3] = s.accepted().contains(r.get(0)) ? 1 : 0;
                    row[4] = r.subList(0, 3).stream().anyMatch(s.accepted()::contains) ? 1 : 0;
                }
                for (String key : List.of("all", round, s.lang(), s.audience())) {
                    int[] t = tally.computeIfAbsent(key, k -> new int[5]);
                    for (int i = 0; i < 5; i++) {
                        t[i] += row[i];
                    }
                }
            }
            System.out.println("variant " + variant + (whole ? " (whole stories)" : " (openings)"));
            tally.forEach((k, t) -> System.out.printf("  %-10s n %3d  resemblance top-1 %.2f top-3 %.2f%s%n", k, t[0],
                    t[1] / (double) t[0], t[2] / (double) t[0],
                    reason ? String.format("   reasoner top-1 %.2f top-3 %.2f", t[3] / (double) t[0], t[4] / (double) t[0]) : ""));
        }
    }
}
