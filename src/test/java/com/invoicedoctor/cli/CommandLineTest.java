package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

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
        assertThat(console.out()).contains("OK").contains("4 causes");
    }

    @Test
    void validate_exits_1_with_file_and_line_on_a_broken_rule_folder() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package invoicedoctor.rules;\n\nrule \"broken\"\nwhen\n  Observation(\nthen\nend\n");
        assertThat(run("validate", "--kb", Fixture.FIXTURE_KB.toString(), "--rules", rules.toString())).isEqualTo(1);
        assertThat(console.err()).contains("bad.drl:");
    }

    @Test
    void diagnose_prints_the_ranked_causes_as_text_and_as_json() throws IOException {
        Path facts = Files.writeString(tmp.resolve("facts.json"), "{\"net.dns.resolves\": \"no\", \"scope.others-affected\": \"no\"}");
        assertThat(run(fixture("diagnose", "--facts", facts.toString(), "--lang", "en"))).isZero();
        assertThat(console.out()).startsWith("1. DNS failure  [network.config.dns]");
        console.reset();
        assertThat(run(fixture("diagnose", "--facts", facts.toString(), "--json"))).isZero();
        assertThat(console.out()).contains("\"cause\" : \"network.config.dns\"").contains("\"because\"");
    }

    @Test
    void diagnose_refuses_malformed_facts_with_a_clear_message() throws IOException {
        Path facts = Files.writeString(tmp.resolve("facts.json"), "{\"net.dns.resolves\": ");
        assertThat(run(fixture("diagnose", "--facts", facts.toString()))).isEqualTo(2);
        assertThat(console.err()).contains("facts.json").contains("not a JSON object");
        console.reset();
        Files.writeString(facts, "{\"net.dns.resolves\": \"perhaps\"}");
        assertThat(run(fixture("diagnose", "--facts", facts.toString()))).isEqualTo(2);
        assertThat(console.err()).contains("does not fit observation net.dns.resolves");
    }
}
