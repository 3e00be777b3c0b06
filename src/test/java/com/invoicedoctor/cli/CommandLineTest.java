package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return Main.run(args);
    }

    private String[] fixture(String command, String... more) {
        String[] base = {command, "--kb", Fixture.FIXTURE_KB.toString(), "--rules", Fixture.FIXTURE_RULES.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void validate_exits_0_on_sound_knowledge() {
        assertThat(run(fixture("validate"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK").contains("4 causes");
    }

    @Test
    void validate_exits_1_with_file_and_line_on_a_broken_rule_folder() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package invoicedoctor.rules;\n\nrule \"broken\"\nwhen\n  Observation(\nthen\nend\n");
        assertThat(run("validate", "--kb", Fixture.FIXTURE_KB.toString(), "--rules", rules.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.drl:");
    }

    @Test
    void diagnose_prints_the_ranked_causes_as_text_and_as_json() throws IOException {
        Path facts = Files.writeString(tmp.resolve("facts.json"), "{\"net.dns.resolves\": \"no\", \"scope.others-affected\": \"no\"}");
        assertThat(run(fixture("diagnose", "--facts", facts.toString(), "--lang", "en"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("1. DNS failure  [network.config.dns]");
        out.reset();
        assertThat(run(fixture("diagnose", "--facts", facts.toString(), "--json"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"cause\" : \"network.config.dns\"").contains("\"because\"");
    }

    @Test
    void diagnose_refuses_malformed_facts_with_a_clear_message() throws IOException {
        Path facts = Files.writeString(tmp.resolve("facts.json"), "{\"net.dns.resolves\": ");
        assertThat(run(fixture("diagnose", "--facts", facts.toString()))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("facts.json").contains("not a JSON object");
        err.reset();
        Files.writeString(facts, "{\"net.dns.resolves\": \"perhaps\"}");
        assertThat(run(fixture("diagnose", "--facts", facts.toString()))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not fit observation net.dns.resolves");
    }
}
