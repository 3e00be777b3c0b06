package com.invoicedoctor.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.reading.ErrorCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput of diagnosing with an error text against /health on the same server in one run (issue 13): a server
 * started in this process on 127.0.0.1 (in-memory database), several client threads each on its own kept-alive
 * connection, the three kinds of request taking turns in interleaved rounds so that the shared machine's changing
 * load touches them alike. The error texts are real development messages: one message per request, and pasted logs
 * of 2 KB (several messages one after another), a different one each request.
 * Run (after {@code mvn -DskipTests test-compile package}):
 * java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.probe.ErrorTextThroughputBenchmark
 * [--clients 4] [--seconds 30] [--rounds 3] [--warmup 20]
 */
public final class ErrorTextThroughputBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorTextThroughputBenchmark() {
    }

    /** One kind of request: its path and the bodies it sends in turn (none for a GET). */
    private record Kind(String name, String path, List<String> bodies) {
    }

    public static void main(String[] args) throws Exception {
        int clients = 4;
        double seconds = 30;
        int rounds = 3;
        double warmup = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.setProperty("http.maxConnections", String.valueOf(clients));
        List<ErrorCorpus.Message> messages = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        List<Kind> kinds = List.of(
                new Kind("GET /health", "/health", List.of()),
                new Kind("POST /api/diagnose, one message", "/api/diagnose",
                        messages.stream().map(m -> body(m.text(), m.lang())).toList()),
                new Kind("POST /api/diagnose, 2 KB log", "/api/diagnose", ErrorTextSpeedBenchmark.logs(messages).stream().map(l -> body(l, "zh")).toList()));
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        String db = "jdbc:h2:mem:throughput-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (WebApp app = Assembly.start(kb, new Settings(0, db, ProbeTargets.none()), null)) {
            String base = "http://127.0.0.1:" + app.port();
            System.out.printf("%d clients, %.0f s per kind in %d interleaved rounds after %.0f s warm-up each, %d processors, "
                            + "load average %.1f, Java %s%n%n", clients, seconds, rounds, warmup,
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.version"));
            List<List<Long>> nanos = new ArrayList<>();
            kinds.forEach(k -> nanos.add(new ArrayList<>()));
            long[] requests = new long[kinds.size()];
            long[] errors = new long[kinds.size()];
            for (int k = 0; k < kinds.size(); k++) {
                run(base, kinds.get(k), clients, warmup, null);
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < kinds.size(); k++) {
                    long[] r = run(base, kinds.get(k), clients, seconds / rounds, nanos.get(k));
                    requests[k] += r[0];
                    errors[k] += r[1];
                }
            }
            System.out.println("| request | clients | requests | errors | requests/s | of /health | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            double health = requests[0] / seconds;
            for (int k = 0; k < kinds.size(); k++) {
                long[] sorted = nanos.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
                double perSecond = requests[k] / seconds;
                System.out.printf("| %s | %d | %d | %d | %.0f | %.0f %% | %.2f | %.2f |%n", kinds.get(k).name(), clients,
                        requests[k], errors[k], perSecond, perSecond / health * 100, pct(sorted, 0.50), pct(sorted, 0.99));
            }
        }
    }

    /**
     * The clients send one kind of request for the given time; returns {requests, errors} and adds each counted
     * request's time to {@code times} (none counted when it is null: the warm-up).
     */
    private static long[] run(String base, Kind kind, int clients, double seconds, List<Long> times) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[][] perClient = new long[clients][2];
        List<List<Long>> perClientTimes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            List<Long> mine = new ArrayList<>();
            perClientTimes.add(mine);
            Thread t = new Thread(() -> {
                int next = id * 37;
                while (!stop.get()) {
                    String body = kind.bodies().isEmpty() ? null : kind.bodies().get(next++ % kind.bodies().size());
                    long start = System.nanoTime();
                    boolean ok = send(base + kind.path(), body);
                    long took = System.nanoTime() - start;
                    if (stop.get()) {
                        break; // a request still running when the time was up is not counted
                    }
                    perClient[id][ok ? 0 : 1]++;
                    if (ok) {
                        mine.add(took);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        long[] total = new long[2];
        for (int c = 0; c < clients; c++) {
            total[0] += perClient[c][0];
            total[1] += perClient[c][1];
            if (times != null) {
                times.addAll(perClientTimes.get(c));
            }
        }
        return times == null ? new long[2] : total;
    }

    /** One blocking exchange over the client thread's kept-alive connection; true when it answered 200. */
    private static boolean send(String url, String body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(5_000);
            c.setReadTimeout(60_000);
            if (body != null) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                if (in != null) {
                    in.readAllBytes(); // read to the end so that the connection is kept for the next request
                }
            }
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String body(String text, String lang) {
        try {
            return JSON.writeValueAsString(Map.of("errorText", text, "lang", lang.isEmpty() ? "en" : lang));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }
}
