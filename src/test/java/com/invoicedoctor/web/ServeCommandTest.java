package com.invoicedoctor.web;

import com.invoicedoctor.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` refuses to start on knowledge that does not validate, an endpoint that is not a URL or settings that make no
 * sense, and says why.
 */
class ServeCommandTest {

    private static String run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return code + "\n" + err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void serve_refuses_knowledge_that_does_not_validate_with_file_and_line(@TempDir Path dir) throws IOException {
        Path kb = dir.resolve("knowledge-base");
        Path rules = dir.resolve("rules");
        Fixture.copy(WebFixture.KB, kb);
        Fixture.copy(WebFixture.RULES, rules);
        Path drl = rules.resolve("server.drl");
        Files.writeString(drl, Files.readString(drl).replace("\"server.software\", 8.0", "\"server.no-such-cause\", 8.0"));
        String out = run("serve", "--port", "0", "--kb", kb.toString(), "--rules", rules.toString(),
                "--db", "jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1");
        assertThat(out).startsWith("1\n").contains("does not validate").contains("server.drl:")
                .contains("server.no-such-cause").contains("Not starting");
    }

    @Test
    void serve_refuses_an_endpoint_that_is_not_an_http_url() {
        String out = run("serve", "--port", "0", "--endpoint", "ftp://files.example/", "--kb", WebFixture.KB.toString(),
                "--rules", WebFixture.RULES.toString());
        assertThat(out).startsWith("2\n").contains("--endpoint");
    }

    @Test
    void serve_refuses_settings_that_make_no_sense_and_says_which() {
        String[] knowledge = {"--kb", WebFixture.KB.toString(), "--rules", WebFixture.RULES.toString()};
        assertThat(run(concat(knowledge, "serve", "--port", "0", "--idle-timeout", "0")))
                .startsWith("2\n").contains("Not starting: the idle timeout must be longer than zero");
        assertThat(run(concat(knowledge, "serve", "--port", "0", "--max-connections-per-address", "0")))
                .startsWith("2\n").contains("connections per address must be at least 1");
        assertThat(run(concat(knowledge, "serve", "--port", "0", "--public-url", "help.example.com")))
                .startsWith("2\n").contains("must be http:// or https:// with a host");
        assertThat(run(concat(knowledge, "serve", "--port", "0", "--metrics-token", "short")))
                .startsWith("2\n").contains("metrics token must be at least 16 characters");
    }

    private static String[] concat(String[] tail, String... head) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
