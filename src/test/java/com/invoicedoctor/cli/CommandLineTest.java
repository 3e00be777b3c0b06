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
    void every_command_answers_help_with_its_own_options() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(console.out()).contains("Usage: invoice-doctor serve").contains("--port");
        console.reset();
        assertThat(run("diagnose", "-h")).isZero();
        assertThat(console.out()).contains("Usage: invoice-doctor diagnose").contains("--error-text");
        console.reset();
        assertThat(run("admin", "create", "--help")).isZero();
        assertThat(console.out()).contains("Usage: invoice-doctor admin create");
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

    @Test
    void every_bad_input_gets_one_line_and_exit_code_2() throws IOException {
        String[][] bad = {
            fixture("diagnose", "--facts", tmp.resolve("missing.json").toString()),
            fixture("diagnose", "--facts", tmp.toString()),
            fixture("diagnose", "--error-text", "x", "--lang", "fr"),
            fixture("diagnose", "--bogus"),
            fixture("diagnose"),
            {"collect", "--target", "http://127.0.0.1:9/", "--lang", "fr"},
            {"bench", "--audience", "nobody"},
            fixture("bench", "--draws", "0"),
        };
        for (String[] args : bad) {
            console.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            // besides the progress of a slow knowledge load, which a busy machine may print
            assertThat(console.err().strip().lines().filter(l -> !l.startsWith("loading the knowledge:")))
                    .as(console.err()).hasSize(1);
            assertThat(console.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        console.reset();
        run(fixture("diagnose", "--facts", tmp.resolve("missing.json").toString()));
        assertThat(console.err()).contains("--facts: no such file").contains("missing.json");
        console.reset();
        run(fixture("diagnose", "--error-text", "x", "--lang", "fr"));
        assertThat(console.err()).contains("'fr'").contains("zh or en");
    }

    @Test
    void bench_interviews_each_scenario_once_per_draw_and_counts_every_interview_in_its_figures() throws IOException {
        assertThat(run(fixture("bench", "--json", "--draws", "3"))).isZero();
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(console.out());
        assertThat(report.get("draws").asInt()).isEqualTo(3);
        assertThat(report.get("interviews").asInt()).isEqualTo(3 * report.get("scenarios").asInt());
        int inBands = 0;
        for (com.fasterxml.jackson.databind.JsonNode band : report.get("reliability")) {
            inBands += band.get("n").asInt();
        }
        assertThat(inBands).isEqualTo(report.get("interviews").asInt());
    }

    @Test
    void an_error_text_with_nothing_known_in_it_is_said_to_be_not_recognised_and_gets_no_diagnosis() {
        assertThat(run(fixture("diagnose", "--error-text", "banana 42", "--lang", "en"))).isEqualTo(3);
        assertThat(console.err()).startsWith("Not recognised");
        assertThat(console.out()).isEmpty();
        console.reset();
        assertThat(run(fixture("diagnose", "--error-text", "banana 42", "--json"))).isEqualTo(3);
        assertThat(console.out()).contains("\"recognised\" : false").contains("\"diagnoses\" : [ ]");
    }

    @Test
    void chinese_output_has_chinese_tags_on_the_steps() throws IOException {
        Path facts = Files.writeString(tmp.resolve("facts.json"), "{\"net.dns.resolves\": \"no\", \"scope.others-affected\": \"no\"}");
        assertThat(run(fixture("diagnose", "--facts", facts.toString(), "--lang", "zh"))).isZero();
        assertThat(console.out()).contains("解决步骤：").containsPattern("（(客户自己|客服|服务器管理员)，约 \\d+ 分钟")
                .doesNotContain("(customer").doesNotContain("min)").doesNotContain("(helpdesk").doesNotContain("(admin");
    }

    @Test
    void a_command_working_longer_than_two_seconds_says_so_on_standard_error_and_a_quick_one_stays_silent()
            throws InterruptedException {
        java.io.StringWriter slow = new java.io.StringWriter();
        try (Progress p = Progress.start(new java.io.PrintWriter(slow), "bench", () -> "3 of 9 scenarios")) {
            Thread.sleep(Progress.QUIET_MILLIS + 600);
        }
        assertThat(slow.toString()).contains("bench: 3 of 9 scenarios (2 s)").contains("bench: done in 2 s");
        java.io.StringWriter quick = new java.io.StringWriter();
        try (Progress p = Progress.start(new java.io.PrintWriter(quick), "bench", () -> "0 of 9 scenarios")) {
            Thread.sleep(10);
        }
        assertThat(quick.toString()).isEmpty();
    }
}
