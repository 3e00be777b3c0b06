package com.invoicedoctor.description;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of reading a description of about 1,000 characters (scenario stories joined, both languages): phrases
 * and error patterns, as a session start does. Prints p50, p99 and max over many reads after a warm-up, in wall-clock
 * time and in the CPU time of the reading thread (which other work on a shared machine touches less).
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.description.DescriptionBenchmark
 * [rounds, default 20] [--parts: also the CPU time of each part of reading the Chinese texts, which make the p99]
 */
public final class DescriptionBenchmark {
    private DescriptionBenchmark() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Description description = new Description(kb);
        List<String> texts = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            texts.addAll(texts(kb, lang));
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        if (List.of(args).contains("--parts")) {
            parts(kb, texts.stream().filter(Words::isChinese).toList(), rounds);
        }
        for (String t : texts) {
            description.read(t); // warm-up
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[texts.size() * rounds];
        double[] cpu = new double[ms.length];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                description.read(t);
                cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                ms[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%d reads of 1,000-character descriptions (%d texts, zh and en): p50 %.3f ms  p99 %.3f ms  max %.3f ms%n",
                ms.length, texts.size(), ms[ms.length / 2], ms[(int) (ms.length * 0.99)], ms[ms.length - 1]);
        System.out.printf("CPU time of the reading thread: p50 %.3f ms  p99 %.3f ms  max %.3f ms%n",
                cpu[cpu.length / 2], cpu[(int) (cpu.length * 0.99)], cpu[cpu.length - 1]);
    }

    /**
     * Where the time of a Chinese text goes, part by part as Description.read does them: cutting the sentences into
     * clauses at the break words, cutting the clauses into words (smartcn), the phrases' reading without that
     * cutting, the error patterns, the term lexicon, the resemblance. CPU time of the thread, p50 and p99 per part.
     */
    private static void parts(KnowledgeBase kb, List<String> chinese, int rounds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.invoicedoctor.probe.ErrorTextAnalyzer errors = new com.invoicedoctor.probe.ErrorTextAnalyzer(kb);
        DescriptionReader reader = new DescriptionReader(kb);
        CauseResemblance resemblance = new CauseResemblance(kb);
        List<String> breakWords = new ArrayList<>();
        kb.phraseWords().clauseBreaks().values().forEach(breakWords::addAll);
        ClauseBreaks breaks = new ClauseBreaks(breakWords);
        Words words = new Words();
        String[] names = {"clauses (break words)", "words (smartcn)", "phrases, without the cutting", "error patterns",
            "term lexicon", "resemblance", "all"};
        double[][] ms = new double[names.length][chinese.size() * rounds];
        int n = 0;
        for (int r = -5; r < rounds; r++) { // five rounds of warm-up
            for (String text : chinese) {
                long[] at = new long[7];
                at[0] = threads.getCurrentThreadCpuTime();
                List<Clause> clauses = new ArrayList<>();
                for (Clause.Sentence s : Clause.sentences(text)) {
                    clauses.addAll(Clause.of(s.text(), breaks, s.start()));
                }
                at[1] = threads.getCurrentThreadCpuTime();
                clauses.forEach(c -> words.cut(c.text()));
                at[2] = threads.getCurrentThreadCpuTime();
                DescriptionReader.Read read = reader.readAll(text);
                at[3] = threads.getCurrentThreadCpuTime();
                errors.analyse(read.telling(), java.util.EnumSet.of(com.invoicedoctor.probe.ErrorTextAnalyzer.Layer.PATTERN));
                at[4] = threads.getCurrentThreadCpuTime();
                errors.analyse(read.unread(), java.util.EnumSet.of(com.invoicedoctor.probe.ErrorTextAnalyzer.Layer.TERM));
                at[5] = threads.getCurrentThreadCpuTime();
                resemblance.of(read.words());
                at[6] = threads.getCurrentThreadCpuTime();
                if (r < 0) {
                    continue;
                }
                for (int k = 0; k < 6; k++) {
                    ms[k][n] = (at[k + 1] - at[k]) / 1e6;
                }
                ms[2][n] = Math.max(0, ms[2][n] - ms[1][n] - ms[0][n]); // readAll cuts clauses and words itself
                ms[6][n] = ms[0][n] + ms[1][n] + ms[2][n] + ms[3][n] + ms[4][n] + ms[5][n];
                n++;
            }
        }
        System.out.printf("%d texts of 1,000 characters holding Chinese, %d reads, CPU time by part:%n", chinese.size(), n);
        for (int k = 0; k < names.length; k++) {
            double[] sorted = java.util.Arrays.copyOf(ms[k], n);
            Arrays.sort(sorted);
            System.out.printf("  %-30s p50 %.3f ms  p99 %.3f ms%n", names[k], sorted[n / 2], sorted[(int) (n * 0.99)]);
        }
    }

    /**
     * The 1,000-character descriptions of one language this benchmark reads: the scenarios' stories joined and cut;
     * ReadingSnapshot reads the same.
     */
    public static List<String> texts(KnowledgeBase kb, Lang lang) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Scenario s : kb.scenarios()) {
            text.append(s.story().in(lang)).append(' ');
            if (text.length() >= 1_000) {
                texts.add(text.substring(0, 1_000));
                text.setLength(0);
            }
        }
        return texts;
    }
}
