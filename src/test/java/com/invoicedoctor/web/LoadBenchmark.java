package com.invoicedoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.probe.ProbeTargets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark: at N concurrent clients (closed loop, each waits for its answer before the next request),
 * throughput and p50/p99 latency of GET /health, POST /api/diagnose and one interview answer step
 * (POST /api/sessions/{id}/answers) against one server in the same run, the endpoints taking turns in rounds.
 * With {@code --think MS} the answering clients also pause between answers (uniformly 0 to 2 × MS), as
 * helpdesk staff reading a question to a caller do; the other endpoints stay without pause. With {@code --url} it
 * loads a server started on its own (the README's command) instead of one in its own process.
 * The command line is in docs/benchmarks.md.
 */
public final class LoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FACTS = "{\"facts\":{\"net.other-sites-work\":\"yes\",\"net.dns.resolves\":\"no\"},\"lang\":\"en\"}";
    private static final String FACTS_AND_TEXT = "{\"facts\":{\"net.other-sites-work\":\"yes\",\"net.dns.resolves\":\"no\"},"
            + "\"errorText\":\"java.net.UnknownHostException: fpdk.example.gov.cn\",\"lang\":\"en\"}";

    private final String base;
    /** Mean pause of the answering clients between two answers, in milliseconds. */
    private final int thinkMillis;

    private LoadBenchmark(String base, int thinkMillis) {
        this.base = base;
        this.thinkMillis = thinkMillis;
    }

    /** One measured request of a phase: returns its time in nanoseconds, or -1 when it failed. */
    @FunctionalInterface
    private interface Request {
        long send(Client c) throws Exception;
    }

    /** Times one call; -1 when it did not succeed. */
    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        boolean ok = call.run();
        return ok ? System.nanoTime() - start : -1;
    }

    /** A response: its status and body. */
    private record Reply(int statusCode, String body) {
    }

    /** A call that says whether it succeeded. */
    @FunctionalInterface
    private interface Call {
        boolean run() throws Exception;
    }

    /** Per-client state: its latencies and, for the answer phase, its session. */
    private final class Client {
        final long[] nanos = new long[400_000];
        /** The server's own time of each counted request (its Server-Timing header), in microseconds. */
        final long[] serverMicros = new long[400_000];
        /** The server's time of the last request sent, -1 when it gave none. */
        double lastServerMillis = -1;
        int count;
        int errors;
        String session;
        JsonNode question;
        final Random random;

        Client(int seed) {
            this.random = new Random(seed);
        }

        Reply get(String path) throws IOException {
            return send("GET", path, null);
        }

        Reply post(String path, String body) throws IOException {
            return send("POST", path, body);
        }

        /**
         * One blocking HTTP/1.1 exchange on the calling thread over a kept-alive connection: a load generator
         * should add as little as it can to what it measures (java.net.http hands each response between
         * threads, which added milliseconds to every figure here).
         */
        private Reply send(String method, String path, String body) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(5_000);
            c.setReadTimeout(60_000);
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            String text;
            // reading the body to its end and closing it returns the connection for the next request
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            lastServerMillis = serverMillis(c.getHeaderField("Server-Timing"));
            return new Reply(status, text);
        }

        /** Starts a session (not measured) when there is none or the last one is done. */
        void ensureSession() throws IOException, InterruptedException {
            if (session == null || question == null || question.isNull()) {
                JsonNode s = JSON.readTree(post("/api/sessions", "{\"audience\":\"helpdesk\",\"lang\":\"en\"}").body());
                session = s.get("id").asText();
                question = s.get("question");
            }
        }

        /** An answer a person might give: one of the options, unknown now and then. */
        String answer() {
            JsonNode options = question.get("options");
            if ("number".equals(question.get("kind").asText())) {
                return random.nextInt(4) == 0 ? "unknown" : String.valueOf(random.nextInt(1000));
            }
            return options.get(random.nextInt(options.size())).get("value").asText();
        }
    }

    /** Figures of one phase. */
    private record Figures(String name, int clients, double seconds, long requests, long errors, double perSecond,
                           double p50, double p99, double max, double serverP50, double serverP99) {
        String row() {
            return String.format("| %s | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |", name, clients, requests, errors,
                    perSecond, p50, p99, max, serverP50, serverP99);
        }
    }

    /** One endpoint's load: its clients keep their sessions and latencies across rounds. */
    private final class Phase {
        final String name;
        final Request request;
        final List<Client> clients = new ArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        double seconds;

        Phase(String name, int clients, Request request) {
            this.name = name;
            this.request = request;
            for (int i = 0; i < clients; i++) {
                this.clients.add(new Client(i));
            }
        }

        /** Runs all clients for a while; counts what they measured only when {@code counted}. */
        void run(double forSeconds, boolean counted) throws InterruptedException {
            long end = System.nanoTime() + (long) (forSeconds * 1e9);
            CountDownLatch done = new CountDownLatch(clients.size());
            for (Client c : clients) {
                Thread t = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            long took = request.send(c);
                            if (!counted) {
                                continue;
                            }
                            if (took < 0) {
                                c.errors++;
                            } else if (c.count < c.nanos.length) {
                                c.serverMicros[c.count] = Math.round(c.lastServerMillis * 1000);
                                c.nanos[c.count++] = took;
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println(name + ": " + e);
                    } finally {
                        done.countDown();
                    }
                });
                t.setDaemon(true);
                t.start();
            }
            done.await();
            if (counted) {
                seconds += forSeconds;
            }
        }

        Figures figures() {
            int total = clients.stream().mapToInt(c -> c.count).sum();
            long[] merged = new long[total];
            long[] server = new long[total];
            int at = 0;
            long errors = failures.get();
            for (Client c : clients) {
                System.arraycopy(c.nanos, 0, merged, at, c.count);
                System.arraycopy(c.serverMicros, 0, server, at, c.count);
                at += c.count;
                errors += c.errors;
            }
            Arrays.sort(merged);
            Arrays.sort(server);
            return new Figures(name, clients.size(), seconds, total, errors, total / seconds, pct(merged, 0.50),
                    pct(merged, 0.99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6,
                    pct(server, 0.50) * 1000, pct(server, 0.99) * 1000); // pct divides by 1e6: microseconds to ms
        }
    }

    /** One interview answer step of a client's session, after its pause; starting a session is not measured. */
    private long answerStep(Client c) throws Exception {
        if (thinkMillis > 0) {
            Thread.sleep(c.random.nextInt(2 * thinkMillis + 1));
        }
        c.ensureSession();
        String body = JSON.writeValueAsString(java.util.Map.of("question", c.question.get("id").asText(), "answer", c.answer()));
        long start = System.nanoTime();
        Reply r = c.post("/api/sessions/" + c.session + "/answers", body);
        long took = System.nanoTime() - start;
        if (r.statusCode() != 200) {
            c.session = null;
            return -1;
        }
        c.question = JSON.readTree(r.body()).get("question");
        return took;
    }

    /** The duration in a Server-Timing header ("app;dur=4.20"), -1 when there is none. */
    private static double serverMillis(String header) {
        return header == null ? -1 : Double.parseDouble(header.substring(header.indexOf("dur=") + 4));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        int clients = 32;
        double seconds = 20;
        double warmup = 5;
        int rounds = 4;
        int think = 0;
        Path kb = Path.of("knowledge-base");
        Path rules = Path.of("rules");
        String url = null;
        List<String> compare = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--think" -> think = Integer.parseInt(args[i + 1]);
                case "--kb" -> kb = Path.of(args[i + 1]);
                case "--rules" -> rules = Path.of(args[i + 1]);
                case "--url" -> url = args[i + 1];
                case "--compare" -> compare.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // the JDK keeps 5 idle connections per server by default; every client keeps its own
        System.setProperty("http.maxConnections", String.valueOf(clients));
        Run run = new Run(clients, seconds, warmup, rounds, think);
        if (!compare.isEmpty()) {
            run.compareAnswers(compare);
            return;
        }
        if (url != null) {
            System.out.printf("server at %s (started on its own)%n", url);
            run.measure(url);
            return;
        }
        long loadStart = System.nanoTime();
        KnowledgeBase knowledge = KnowledgeLoader.load(kb, rules);
        System.out.printf("knowledge %s from %s: %d causes, %d questions, %d rules (loaded in %.1f s)%n", knowledge.version(), kb,
                knowledge.causes().size(), knowledge.questions().size(), knowledge.rules().sources().size(),
                (System.nanoTime() - loadStart) / 1e9);
        String db = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (WebApp app = Assembly.start(knowledge, new Settings(0, db, ProbeTargets.none()), null)) {
            run.measure("http://localhost:" + app.port());
        }
    }

    /** How to load the server. */
    private record Run(int clients, double seconds, double warmup, int rounds, int think) {
        /**
         * Only the answer step, on several servers started on their own ({@code label=URL} each), their rounds
         * interleaved so that the machine's changing load touches them alike: the same run measures two settings.
         */
        void compareAnswers(List<String> servers) throws Exception {
            System.out.printf("answer step on %d servers, %d clients each, %.0f s per server in %d interleaved rounds after"
                    + " %.0f s warm-up each, pausing %d ms on average, %d processors, Java %s%n%n", servers.size(), clients,
                    seconds, rounds, warmup, think, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            List<Phase> phases = new ArrayList<>();
            for (String server : servers) {
                int eq = server.indexOf('=');
                LoadBenchmark bench = new LoadBenchmark(server.substring(eq + 1), think);
                phases.add(bench.new Phase("POST /api/sessions/{id}/answers (" + server.substring(0, eq) + ")", clients,
                        bench::answerStep));
            }
            for (Phase p : phases) {
                p.run(warmup, false);
            }
            for (int round = 0; round < rounds; round++) {
                for (Phase p : phases) {
                    p.run(seconds / rounds, true);
                }
            }
            System.out.println("| server | clients | requests | errors | requests/s | p50 ms | p99 ms | max ms | server p50 ms | server p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            phases.stream().map(Phase::figures).forEach(f -> System.out.println(f.row()));
        }

        void measure(String base) throws Exception {
            LoadBenchmark bench = new LoadBenchmark(base, think);
            System.out.printf("%d clients, %.0f s per endpoint in %d interleaved rounds after %.0f s warm-up each, answering clients"
                    + " pausing %d ms on average, %d processors, Java %s%n%n", clients, seconds, rounds, warmup, think,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            List<Phase> phases = List.of(
                    bench.new Phase("GET /health", clients, c -> timed(() -> c.get("/health").statusCode() == 200)),
                    bench.new Phase("POST /api/diagnose (facts)", clients,
                            c -> timed(() -> c.post("/api/diagnose", FACTS).statusCode() == 200)),
                    bench.new Phase("POST /api/diagnose (facts + error text)", clients,
                            c -> timed(() -> c.post("/api/diagnose", FACTS_AND_TEXT).statusCode() == 200)),
                    bench.new Phase("POST /api/sessions/{id}/answers", clients, bench::answerStep));
            for (Phase p : phases) {
                p.run(warmup, false);
            }
            // rounds interleave the endpoints, so that a change in the machine's load touches them all alike
            for (int round = 0; round < rounds; round++) {
                for (Phase p : phases) {
                    p.run(seconds / rounds, true);
                }
            }
            List<Figures> figures = phases.stream().map(Phase::figures).toList();
            System.out.println("| endpoint | clients | requests | errors | requests/s | p50 ms | p99 ms | max ms | server p50 ms | server p99 ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            figures.forEach(f -> System.out.println(f.row()));
            double health = figures.get(0).perSecond();
            System.out.printf("%ndiagnose throughput = %.1f%% (facts) and %.1f%% (facts + error text) of /health's (target >= 30%%);"
                    + " answer step p99 = %.1f ms (target <= 20 ms)%n", figures.get(1).perSecond() / health * 100,
                    figures.get(2).perSecond() / health * 100, figures.get(3).p99());
        }
    }
}
