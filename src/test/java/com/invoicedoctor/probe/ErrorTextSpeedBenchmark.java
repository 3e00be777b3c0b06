package com.invoicedoctor.probe;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.probe.ErrorTextAnalyzer.Layer;
import com.invoicedoctor.reading.ErrorCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long reading a pasted log of 2 KB takes: 64 different logs, each made of development messages one after
 * another (a real paste mixes lines of several programs), read 200 times each after a warm-up, per layer and all
 * together; prints p50 and p99 in microseconds, of the wall clock and of the thread's CPU time. Goal (issue 13): p99 of the whole reading at most 1 ms.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ErrorTextSpeedBenchmark
 */
public final class ErrorTextSpeedBenchmark {
    private static final int LOG_CHARS = 2048;
    private static final int LOGS = 64;
    private static final int ROUNDS = 200;
    /**
     * The thread's own CPU time beside the wall-clock time: on a shared machine the wall clock also counts the time
     * other processes held the cores, which is not what reading costs. The load average is printed with the figures.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ErrorTextSpeedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
        List<String> logs = logs(ErrorCorpus.development(Path.of("evaluation/error-texts")));
        Map<String, Set<Layer>> layers = new LinkedHashMap<>();
        layers.put("patterns", EnumSet.of(Layer.PATTERN));
        layers.put("patterns+terms", EnumSet.of(Layer.PATTERN, Layer.TERM));
        layers.put("all three", EnumSet.allOf(Layer.class));
        System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (var layer : layers.entrySet()) {
            for (int warm = 0; warm < 30; warm++) {
                logs.forEach(l -> analyzer.analyse(l, layer.getValue()));
            }
            long[] nanos = new long[LOGS * ROUNDS];
            long[] cpu = new long[LOGS * ROUNDS];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String log : logs) {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    analyzer.analyse(log, layer.getValue());
                    nanos[n] = System.nanoTime() - start;
                    cpu[n++] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("%-15s 2 KB log  n %d  wall p50 %4d µs  p99 %5d µs | cpu p50 %4d µs  p99 %5d µs%n",
                    layer.getKey(), n, nanos[n / 2] / 1000, nanos[(int) (n * 0.99)] / 1000, cpu[n / 2] / 1000,
                    cpu[(int) (n * 0.99)] / 1000);
        }
    }

    /**
     * Logs of 2 KB, each starting at another message, cut at a line end where possible; the same logs
     * ErrorTextThroughputBenchmark sends and ReadingSnapshot reads.
     */
    public static List<String> logs(List<ErrorCorpus.Message> messages) {
        List<String> logs = new ArrayList<>();
        for (int i = 0; i < LOGS; i++) {
            StringBuilder log = new StringBuilder();
            for (int k = i * 7; log.length() < LOG_CHARS; k++) {
                log.append(messages.get(k % messages.size()).text().strip()).append('\n');
            }
            logs.add(log.substring(0, LOG_CHARS));
        }
        return logs;
    }
}
