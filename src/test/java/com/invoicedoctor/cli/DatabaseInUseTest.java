package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.db.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run while a server holds the embedded database says so, instead of printing a stack trace. */
class DatabaseInUseTest {

    @Test
    void admin_create_while_another_process_has_the_database_open_explains_what_to_do(@TempDir Path dir)
            throws IOException, InterruptedException, SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("invoice-doctor").toAbsolutePath();
        Database.open(url).close();
        try (Connection held = DriverManager.getConnection(url)) {
            // the database file is locked by this process; the command runs in another, as it would beside a server
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "com.invoicedoctor.Main", "admin", "create", "--user", "lin", "--db", url))
                    .redirectErrorStream(true).start();
            p.getOutputStream().write("a long enough password 1\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(out).contains("in use by another process").contains("Stop the server")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
        // nor does it leave H2's trace file with the stack trace beside the database
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }
}
