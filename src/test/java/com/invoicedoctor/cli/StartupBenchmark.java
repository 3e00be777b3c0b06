package com.invoicedoctor.cli;

import com.invoicedoctor.Fixture;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Start to first 200 from /health: {@code serve} from the jar against a bare Javalin from the same jar, each in a new
 * JVM, taking turns so that the machine's load touches both alike. Three ways to start serve: in an empty folder
 * (the jar's knowledge, pre-built), in a folder holding an unchanged copy of rules/ and knowledge-base/ (read, parsed
 * and validated; the pre-built rules used because their hash matches), and with one rule edited (compiled from DRL).
 * Beside the wall-clock time it prints the CPU time each process used until then, which depends less on what else
 * the machine is doing.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package} and {@code mvn -q test-compile}:
 * {@code java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.cli.StartupBenchmark [rounds [build-dir]]}
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path build = Path.of(args.length > 1 ? args[1] : "target").toAbsolutePath();
        String jar = build.resolve("invoice-doctor.jar").toString();
        String cp = build.resolve("test-classes") + java.io.File.pathSeparator + jar;
        Path empty = Files.createTempDirectory("startup-empty");
        Path copy = Files.createTempDirectory("startup-copy");
        Fixture.copy(Path.of("rules"), copy.resolve("rules"));
        Fixture.copy(Path.of("knowledge-base"), copy.resolve("knowledge-base"));
        Path edited = Files.createTempDirectory("startup-edited");
        Fixture.copy(Path.of("rules"), edited.resolve("rules"));
        Fixture.copy(Path.of("knowledge-base"), edited.resolve("knowledge-base"));
        Path repair = edited.resolve("rules/repair.drl");
        Files.writeString(repair, Files.readString(repair).replace("0.15));", "0.16));"));

        Map<String, Supplier<List<String>>> starts = new LinkedHashMap<>();
        starts.put("bare Javalin", () -> List.of("java", "-cp", cp, BareJavalin.class.getName(), "PORT"));
        starts.put("serve, jar's knowledge", () -> serve(jar));
        starts.put("serve, ./rules unchanged", () -> serve(jar));
        starts.put("serve, ./rules edited", () -> serve(jar));
        Map<String, Path> dirs = Map.of("bare Javalin", empty, "serve, jar's knowledge", empty,
                "serve, ./rules unchanged", copy, "serve, ./rules edited", edited);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        starts.keySet().forEach(k -> {
            times.put(k, new ArrayList<>());
            cpu.put(k, new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            for (var e : starts.entrySet()) {
                long[] ms = timeToHealth(e.getValue().get(), dirs.get(e.getKey()));
                times.get(e.getKey()).add(ms[0]);
                cpu.get(e.getKey()).add(ms[1]);
                System.out.printf("round %d  %-26s %6d ms, %6d ms of CPU%n", round + 1, e.getKey(), ms[0], ms[1]);
            }
        }
        long bare = median(times.get("bare Javalin"));
        long bareCpu = median(cpu.get("bare Javalin"));
        System.out.printf("%nmedian of %d rounds, cores %d, load average before the last round %s:%n", rounds,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        times.forEach((k, v) -> System.out.printf("  %-26s %6d ms (%.1f x bare), CPU %6d ms (%.1f x bare)   all: %s%n", k,
                median(v), median(v) / (double) bare, median(cpu.get(k)), median(cpu.get(k)) / (double) bareCpu, v));
    }

    private static List<String> serve(String jar) {
        return List.of("java", "-jar", jar, "serve", "--port", "PORT", "--db", "jdbc:h2:mem:startup");
    }

    /** Milliseconds from launch to the first 200 from /health, and the CPU time the process used until then. */
    private static long[] timeToHealth(List<String> command, Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = command.stream().map(a -> a.equals("PORT") ? Integer.toString(port) : a).toList();
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (!healthy(port)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(cmd + " exited with " + p.exitValue());
                }
                if (System.nanoTime() - started > 180_000_000_000L) {
                    throw new IllegalStateException(cmd + " did not answer /health within 180 s");
                }
                Thread.sleep(20);
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            long used = p.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            return new long[] {wall, used};
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static boolean healthy(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL().openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(2000);
            int status = c.getResponseCode();
            c.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
