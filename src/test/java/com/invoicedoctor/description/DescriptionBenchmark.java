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
 */
public final class DescriptionBenchmark {
    private DescriptionBenchmark() {
    }

    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        Description description = new Description(kb);
        List<String> texts = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            StringBuilder text = new StringBuilder();
            for (Scenario s : kb.scenarios()) {
                text.append(s.story().in(lang)).append(' ');
                if (text.length() >= 1_000) {
                    texts.add(text.substring(0, 1_000));
                    text.setLength(0);
                }
            }
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
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
}
