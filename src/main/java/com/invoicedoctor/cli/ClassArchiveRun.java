package com.invoicedoctor.cli;

import com.invoicedoctor.Main;
import com.invoicedoctor.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run the build records the class-data archive from (Java's AppCDS; {@code -XX:ArchiveClassesAtExit}): starts
 * {@code serve} as the README runs it on a restart, with a migrated file database in a temporary folder, on a free port,
 * asks it for the pages a first visitor and a first agent see and for a first diagnosis, and exits. The classes loaded
 * until then are stored in the archive, parsed and verified, so that
 * {@code java -XX:SharedArchiveFile=target/invoice-doctor.jsa -jar target/invoice-doctor.jar serve} maps them instead of
 * reading them from the jar (docs/operations.md). Exits 1 when serve does not start: then the build fails.
 */
public final class ClassArchiveRun {
    private static final long WAIT_MS = 300_000;

    private ClassArchiveRun() {
    }

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        System.out.println("class-data archive: starting serve once to record the classes it loads");
        // serve's own greeting and warnings ("running at …", "no administrator yet") would read like the build's;
        // they are kept aside and shown only when serve does not start
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream aside = new PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(aside);
        System.setErr(aside);
        // the README's command restarts on a file database under ./data that an earlier start migrated: one is made
        // and migrated here first, so that the classes of both paths are in the archive (a new database through Flyway,
        // a restart through the history check, and H2's file store)
        Path data = Files.createTempDirectory("class-archive");
        String db = "jdbc:h2:file:" + data.resolve("invoice-doctor").toAbsolutePath();
        Database.open(db).close();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(Main.run("serve", "--port", Integer.toString(port), "--db", db)), "serve");
        serve.setDaemon(true);
        serve.start();
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (status(port, "/health") != 200) {
            if (!serve.isAlive() || System.currentTimeMillis() > deadline) {
                err.print(said.toString(java.nio.charset.StandardCharsets.UTF_8));
                err.println("class-data archive: serve did not start (exit code " + exit.get() + ")");
                delete(data);
                System.exit(1);
            }
            Thread.sleep(50);
        }
        for (String page : List.of("/", "/?lang=en", "/staff/login", "/static/app.css")) {
            status(port, page);
        }
        // a first diagnosis from a description: it waits for the readers built in the background and runs the rules,
        // so that their classes are in the archive too
        post(port, "/api/sessions", "{\"lang\":\"zh\",\"description\":\"开具发票时提示服务器异常，别的电脑也一样。\"}");
        delete(data);
        System.exit(0);
    }

    /** The temporary database's folder (its files may still be open: serve is stopped by the exit that follows). */
    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void post(int port, String path, String json) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(60_000);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            int status = c.getResponseCode();
            try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            c.disconnect();
        } catch (IOException e) {
            // the archive is still recorded, without these classes
        }
    }

    private static int status(int port, String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(10_000);
            int status = c.getResponseCode();
            try (InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            c.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }
}
