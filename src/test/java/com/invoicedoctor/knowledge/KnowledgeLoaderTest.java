package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.invoicedoctor.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {
    @TempDir
    Path tmp;

    private Path kb;
    private Path rules;

    private void copyFixture() throws IOException {
        kb = tmp.resolve("knowledge-base");
        rules = tmp.resolve("rules");
        Fixture.copy(Fixture.FIXTURE_KB, kb);
        Fixture.copy(Fixture.FIXTURE_RULES, rules);
    }

    private KnowledgeException loadFails() {
        return catchThrowableOfType(KnowledgeException.class, () -> KnowledgeLoader.load(kb, rules));
    }

    private void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void the_fixture_loads_with_everything_in_it() {
        KnowledgeBase loaded = Fixture.fixture();
        assertThat(loaded.causes()).hasSize(4);
        assertThat(loaded.questions()).hasSize(5);
        assertThat(loaded.rules().sources()).hasSizeGreaterThan(10);
        assertThat(loaded.rules().chineseName("a recent update points to the server software")).isEqualTo("刚升级过,指向服务端软件");
    }

    @Test
    void a_drl_syntax_error_is_reported_with_file_and_line() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "    Finding(id == \"finding.server-side\")\nthen",
                "    Finding(id == \"finding.server-side\"\nthen");
        KnowledgeException e = loadFails();
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0).file().getFileName().toString()).isEqualTo("causes.drl");
        assertThat(e.problems().get(0).line()).isBetween(9, 13);
    }

    @Test
    void a_drl_type_error_is_reported_with_file_and_line() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(id == \"server.power-cut\", colour == \"yes\")");
        KnowledgeException e = loadFails();
        assertThat(e.getMessage()).contains("causes.drl:");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void a_yaml_syntax_error_is_reported_with_file_and_line() throws IOException {
        copyFixture();
        replace(kb.resolve("causes/causes.yaml"), "    family: network\n    source: article\n    prior: 0.25\n    title: {zh: \"DNS 故障\"",
                "    family: network\n    source: article\n    prior: [0.25\n    title: {zh: \"DNS 故障\"");
        KnowledgeException e = loadFails();
        assertThat(e.problems().get(0).file().toString()).endsWith("causes.yaml");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void a_misspelt_yaml_field_is_refused_not_ignored() throws IOException {
        copyFixture();
        replace(kb.resolve("observations/obs.yaml"), "{id: server.power-cut, type: choice", "{id: server.power-cut, typ: choice");
        assertThat(loadFails().getMessage()).contains("obs.yaml:").contains("typ");
    }

    @Test
    void an_example_is_loaded_with_its_cause_and_one_naming_an_unknown_cause_is_refused_with_its_line() throws IOException {
        copyFixture();
        Files.createDirectories(kb.resolve("examples"));
        Files.writeString(kb.resolve("examples/told.yaml"), """
                examples:
                  - id: told-1
                    cause: server.software
                    lang: zh
                    text: "周末厂商刚发了新版本，周一所有人都开不出票"
                """);
        assertThat(KnowledgeLoader.load(kb, rules).examples()).extracting(Example::cause).containsExactly("server.software");
        Files.writeString(kb.resolve("examples/told.yaml"), """
                examples:
                  - id: told-1
                    cause: server.sofware
                    lang: zh
                    text: "周末厂商刚发了新版本"
                  - id: told-2
                    cause: server.software
                    lang: en
                    text: " "
                """);
        KnowledgeException e = loadFails();
        assertThat(e.getMessage()).contains("example told-1 names unknown cause server.sofware").contains("example told-2 has no text");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_rule_naming_an_unknown_observation_or_cause_is_refused() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "\"server.recent-update\"", "\"server.recently-updated\"");
        replace(rules.resolve("causes.drl"), "\"network.config.dns\", 10.0", "\"network.config.dnss\", 10.0");
        KnowledgeException e = loadFails();
        assertThat(e.getMessage())
                .contains("uses unknown observation server.recently-updated")
                .contains("names unknown cause network.config.dnss");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_phrase_setting_an_unknown_observation_or_value_is_refused_with_its_line() throws IOException {
        copyFixture();
        Path phrases = kb.resolve("phrases/phrases.yaml");
        replace(phrases, "sets: {server.recent-update: \"yes\"}", "sets: {server.recent-update: \"maybe\"}");
        replace(phrases, "sets: {net.other-sites-work: \"no\"}", "sets: {net.other-site-works: \"no\"}");
        KnowledgeException e = loadFails();
        assertThat(e.getMessage()).contains("phrase vendor-release sets server.recent-update to 'maybe'")
                .contains("phrase other-sites-fail sets unknown observation net.other-site-works");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_rule_value_outside_the_observations_values_is_refused() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(id == \"server.power-cut\", value == \"ja\")");
        assertThat(loadFails().getMessage()).contains("'ja' is not a value of server.power-cut");
    }

    @Test
    void a_cause_without_supporting_rules_or_solutions_is_refused() throws IOException {
        copyFixture();
        replace(kb.resolve("causes/causes.yaml"), "    solutions:\n      - {id: network.hardware.device.replug, who: customer, minutes: 5, risk: low, kind: fix, text: {zh: \"重插网线。\", en: \"Re-plug the cable.\"}}\n",
                "    solutions: []\n");
        replace(rules.resolve("causes.drl"), "insertLogical(Evidence.of(kcontext, \"network.hardware.device\", 3.0));",
                "insertLogical(Evidence.of(kcontext, \"network.hardware.device\", 0.9));");
        assertThat(loadFails().getMessage())
                .contains("cause network.hardware.device has no solution steps")
                .contains("cause network.hardware.device has no rule that gives evidence for it");
    }

    @Test
    void a_missing_translation_is_refused() throws IOException {
        copyFixture();
        replace(kb.resolve("questions/questions.yaml"), "en: \"Do other websites open?\"", "en: \"\"");
        assertThat(loadFails().getMessage()).contains("question other-sites needs").contains("questions.yaml:");
    }

    @Test
    void a_question_for_an_observation_no_rule_uses_is_refused() throws IOException {
        copyFixture();
        Files.writeString(kb.resolve("observations/extra.yaml"),
                "observations:\n  - {id: client.colour, type: choice, values: [\"red\", \"blue\"], title: {zh: \"颜色\", en: \"Colour\"}}\n");
        Files.writeString(kb.resolve("questions/extra.yaml"), """
                questions:
                  - id: colour
                    observation: client.colour
                    audience: customer
                    cost: 1
                    text: {zh: "什么颜色?", en: "Which colour?"}
                    options:
                      - {value: "red", label: {zh: "红", en: "Red"}}
                      - {value: "green", label: {zh: "绿", en: "Green"}}
                """);
        assertThat(loadFails().getMessage())
                .contains("question colour sets client.colour, which no rule uses")
                .contains("option 'green' does not fit client.colour");
    }

    @Test
    void a_rule_without_its_chinese_wording_is_refused() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "    @zh(\"刚断过电,指向数据库\")\n", "");
        assertThat(loadFails().getMessage()).contains("needs its Chinese wording as @zh");
    }

    @Test
    void an_option_whose_label_answers_the_other_way_is_refused_with_its_line() throws IOException {
        copyFixture();
        Path questions = kb.resolve("questions/questions.yaml");
        replace(questions, "{value: \"yes\", label: {zh: \"能\", en: \"Yes\"}}", "{value: \"yes\", label: {zh: \"不能\", en: \"Yes\"}}");
        replace(questions, "{value: \"no\", label: {zh: \"没有\", en: \"No\"}}\n  - id: power-cut",
                "{value: \"no\", label: {zh: \"没有\", en: \"Yes, not updated\"}}\n  - id: power-cut");
        KnowledgeException e = loadFails();
        assertThat(e.getMessage())
                .contains("question other-sites: option 'yes' is labelled \"不能\", which answers no")
                .contains("question recent-update: option 'no' is labelled \"Yes, not updated\", which answers yes");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_label_that_says_yes_with_a_negative_word_is_not_mistaken_for_a_no() throws IOException {
        copyFixture();
        replace(kb.resolve("questions/questions.yaml"), "{value: \"yes\", label: {zh: \"能\", en: \"Yes\"}}",
                "{value: \"yes\", label: {zh: \"是,都不能打开\", en: \"Yes, none of them\"}}");
        assertThat(KnowledgeLoader.load(kb, rules).questions()).hasSize(5);
    }

    @Test
    void two_questions_setting_one_observation_for_one_audience_are_refused() throws IOException {
        copyFixture();
        Files.writeString(kb.resolve("questions/extra.yaml"), """
                questions:
                  - id: browser-works
                    observation: net.other-sites-work
                    audience: customer
                    cost: 1
                    text: {zh: "浏览器能上网吗?", en: "Does the browser get online?"}
                    options:
                      - {value: "yes", label: {zh: "能", en: "Yes"}}
                      - {value: "no", label: {zh: "不能", en: "No"}}
                """);
        assertThat(loadFails().getMessage())
                .contains("browser-works").contains("both set net.other-sites-work for customer sessions; keep one");
    }

    @Test
    void a_helpdesk_check_on_a_customer_questions_observation_must_say_it_stands_in_for_it() throws IOException {
        copyFixture();
        String check = """
                questions:
                  - id: hd-sites
                    observation: net.other-sites-work
                    audience: helpdesk
                    %s
                    cost: 2
                    text: {zh: "在客户电脑上打开百度,能打开吗?", en: "On the caller's PC, does baidu.com open?"}
                    options:
                      - {value: "yes", label: {zh: "能", en: "Yes"}}
                      - {value: "no", label: {zh: "不能", en: "No"}}
                """;
        Files.writeString(kb.resolve("questions/extra.yaml"), check.formatted(""));
        assertThat(loadFails().getMessage()).contains("questions other-sites and hd-sites both set net.other-sites-work")
                .contains("mark hd-sites with insteadOf: other-sites");
        Files.writeString(kb.resolve("questions/extra.yaml"), check.formatted("insteadOf: others-affected"));
        assertThat(loadFails().getMessage())
                .contains("hd-sites stands in for others-affected, which is not a customer question setting net.other-sites-work");
        Files.writeString(kb.resolve("questions/extra.yaml"), check.formatted("insteadOf: other-sites"));
        assertThat(KnowledgeLoader.load(kb, rules).question("hd-sites").orElseThrow().insteadOf()).isEqualTo("other-sites");
    }

    @Test
    void a_misspelt_id_inside_id_in_is_refused_at_its_line() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(id in (\"server.power-cut\",\n            \"server.powr-cut\"), value == \"yes\")");
        KnowledgeException e = loadFails();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("uses unknown observation server.powr-cut");
            assertThat(p.file().getFileName().toString()).isEqualTo("causes.drl");
            assertThat(Files.readAllLines(p.file()).get(p.line() - 1)).contains("\"server.powr-cut\"");
        });
    }

    @Test
    void a_value_under_id_in_must_be_a_value_of_one_of_the_ids() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(id in (\"server.power-cut\", \"net.dns.resolves\"), value == \"yess\")");
        assertThat(loadFails().getMessage()).contains("'yess' is not a value of server.power-cut, net.dns.resolves");
    }

    @Test
    void a_rule_shape_the_index_cannot_read_is_refused_with_file_and_line() throws IOException {
        copyFixture();
        // || across two fields, one alternative naming no id: which ids the pattern names can no longer be read
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(id == \"server.power-cut\" || value == \"yes\")");
        replace(rules.resolve("causes.drl"), "    insertLogical(Evidence.of(kcontext, \"server.software\", 8.0));",
                "    insertLogical(Evidence.of(kcontext, \"server.software\", 8.0));\n    System.out.println(\"fired\");");
        KnowledgeException e = loadFails();
        assertThat(e.getMessage()).contains("the rule index cannot read 'id == \"server.power-cut\" || value == \"yes\"'")
                .contains("the rule index cannot read the statement 'System.out.println(\"fired\");'");
        for (Problem p : e.problems()) {
            assertThat(p.file().getFileName().toString()).isEqualTo("causes.drl");
            assertThat(Files.readAllLines(p.file()).get(p.line() - 1)).containsAnyOf("||", "System.out");
        }
    }

    @Test
    void a_number_compared_on_a_choice_observation_is_refused() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation(number > 3, id == \"server.power-cut\")");
        assertThat(loadFails().getMessage()).contains("compares the number of server.power-cut, which is not a number observation");
    }

    @Test
    void alternatives_that_each_name_their_ids_are_read_and_checked() throws IOException {
        copyFixture();
        replace(rules.resolve("causes.drl"), "Observation(id == \"server.power-cut\", value == \"yes\")",
                "Observation((id == \"server.power-cut\" && value == \"yes\") || (id == \"net.dns.resolves\" && value == \"no\"))");
        assertThat(KnowledgeLoader.load(kb, rules).rules().sources()).isNotEmpty();
        replace(rules.resolve("causes.drl"), "(id == \"net.dns.resolves\" && value == \"no\")",
                "(id == \"net.dns.resolve\" && value == \"no\")");
        assertThat(loadFails().getMessage()).contains("uses unknown observation net.dns.resolve");
    }
}
