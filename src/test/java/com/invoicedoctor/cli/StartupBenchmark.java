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
 * JVM, taking turns so that the machine's load touches both alike. Each is started plainly ({@code java -jar}) and
 * with a class-data archive of its own (AppCDS): serve with the one the build records (target/invoice-doctor.jsa, as the
 * README runs it), the bare Javalin with one recorded here the same way. Three ways to start serve: in an empty folder
 * (the jar's knowledge, pre-built), in a folder holding an unchanged copy of rules/ and knowledge-base/ (read, parsed
 * and validated; the pre-built rules used because their hash matches), and with one rule edited (compiled from DRL).
 * Those three use a fresh in-memory database, so every start migrates it; a fourth is the README's command exactly,
 * in a folder whose file database under ./data a start before the rounds created and migrated, as every restart
 * after the first finds it. Beside the wall-clock time it prints the CPU time each process used until then, which
 * depends less on what else the machine is doing.
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
        Path serveArchive = build.resolve("invoice-doctor.jsa");
        if (!Files.exists(serveArchive)) {
            throw new IllegalStateException(serveArchive + " is missing: build with mvn package (without -DskipClassArchive)");
        }
        // the bare Javalin's own archive: a class-data archive takes jars only, so its class goes into a jar of its own
        Path bareDir = Files.createTempDirectory("startup-bare");
        Path bareJar = bareDir.resolve("bare-javalin.jar");
        String bareClass = BareJavalin.class.getName().replace('.', '/') + ".class";
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(bareJar))) {
            out.putNextEntry(new java.util.jar.JarEntry(bareClass));
            out.write(Files.readAllBytes(build.resolve("test-classes").resolve(bareClass)));
            out.closeEntry();
        }
        String cp = bareJar + java.io.File.pathSeparator + jar;
        Path bareArchive = bareDir.resolve("bare-javalin.jsa");
        Process record = new ProcessBuilder("java", "-XX:ArchiveClassesAtExit=" + bareArchive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-cp", cp, BareJavalin.class.getName(), Integer.toString(freePort()), "exit")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (record.waitFor() != 0 || !Files.exists(bareArchive)) {
            throw new IllegalStateException("could not record the bare Javalin's class-data archive");
        }
        Path empty = Files.createTempDirectory("startup-empty");
        Path copy = Files.createTempDirectory("startup-copy");
        Fixture.copy(Path.of("rules"), copy.resolve("rules"));
        Fixture.copy(Path.of("knowledge-base"), copy.resolve("knowledge-base"));
        Path edited = Files.createTempDirectory("startup-edited");
        Fixture.copy(Path.of("rules"), edited.resolve("rules"));
        Fixture.copy(Path.of("knowledge-base"), edited.resolve("knowledge-base"));
        Path repair = edited.resolve("rules/repair.drl");
        String before = Files.readString(repair);
        Files.writeString(repair, before.replace("Math.max(0.15,", "Math.max(0.16,"));
        if (Files.readString(repair).equals(before)) {
            throw new IllegalStateException("the edit of rules/repair.drl no longer applies: choose another");
        }

        String withArchive = "-XX:SharedArchiveFile=";
        // the README's command keeps its sessions in ./data: the first start creates and migrates the database, a
        // restart finds it migrated (not timed: it happens once per installation)
        Path readme = Files.createTempDirectory("startup-readme");
        timeToHealth(readmeServe(List.of(withArchive + serveArchive), jar), readme);
        Map<String, Supplier<List<String>>> starts = new LinkedHashMap<>();
        starts.put("bare Javalin", () -> List.of("java", "-cp", cp, BareJavalin.class.getName(), "PORT"));
        starts.put("bare Javalin, archive", () -> List.of("java", withArchive + bareArchive, "-cp", cp,
                BareJavalin.class.getName(), "PORT"));
        starts.put("serve, jar's knowledge", () -> serve(List.of(), jar));
        starts.put("serve, jar's, archive", () -> serve(List.of(withArchive + serveArchive), jar));
        starts.put("serve, README's, restart", () -> readmeServe(List.of(withArchive + serveArchive), jar));
        starts.put("serve, ./rules, archive", () -> serve(List.of(withArchive + serveArchive), jar));
        starts.put("serve, edited, archive", () -> serve(List.of(withArchive + serveArchive), jar));
        Map<String, Path> dirs = Map.of("bare Javalin", empty, "bare Javalin, archive", empty,
                "serve, jar's knowledge", empty, "serve, jar's, archive", empty, "serve, README's, restart", readme,
                "serve, ./rules, archive", copy, "serve, edited, archive", edited);
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
        long bareArchived = median(times.get("bare Javalin, archive"));
        System.out.printf("%nmedian of %d rounds, cores %d, load average before the last round %s:%n", rounds,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        times.forEach((k, v) -> System.out.printf("  %-26s %6d ms (%.1f x bare, %.1f x bare with archive), CPU %6d ms (%.1f x bare)"
                + "   all: %s%n", k, median(v), median(v) / (double) bare, median(v) / (double) bareArchived,
                median(cpu.get(k)), median(cpu.get(k)) / (double) bareCpu, v));
    }

    private static List<String> serve(List<String> options, String jar) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar, "serve", "--port", "PORT", "--db", "jdbc:h2:mem:startup"));
        return command;
    }

    /** The README's command as it stands: the jar's knowledge, the database in ./data of its folder. */
    private static List<String> readmeServe(List<String> options, String jar) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(options);
        command.addAll(List.of("-jar", jar, "serve", "--port", "PORT"));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Milliseconds from launch to the first 200 from /health, and the CPU time the process used until then. */
    private static long[] timeToHealth(List<String> command, Path dir) throws IOException, InterruptedException {
        int port = freePort();
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
