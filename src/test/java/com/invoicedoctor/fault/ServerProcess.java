package com.invoicedoctor.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code invoice-doctor serve} in a process of its own (the test class path, the web tests' small knowledge base), so
 * that it can be killed as a crash would kill it: {@link #kill9()} sends SIGKILL, with no shutdown hook run.
 */
public final class ServerProcess implements AutoCloseable {
    static final Path KB = Path.of("src/test/resources/web-kb/knowledge-base").toAbsolutePath();
    static final Path RULES = Path.of("src/test/resources/web-kb/rules").toAbsolutePath();
    private static final Pattern RUNNING = Pattern.compile("running at http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code serve --port 0} with these further options in {@code dir}, and waits until it listens. */
    public static ServerProcess start(Path dir, List<String> options) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path log = Files.createTempFile(dir, "server-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.invoicedoctor.Main", "serve", "--port", "0",
                "--kb", KB.toString(), "--rules", RULES.toString()));
        command.addAll(options);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = RUNNING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start within 90 s:\n" + Files.readString(log));
    }

    /** The port it listens on (on every local address). */
    public int port() {
        return port;
    }

    /** What it printed so far. */
    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Kills it with SIGKILL (no shutdown hook, no final write) and waits until it is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as an operator would (SIGTERM: the shutdown hook closes the database). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill9();
        }
    }
}
