package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base stored at build time is used only for the folder it was read from, unchanged, with the rules it
 * was validated against; edited knowledge or rules are read and validated from their files.
 */
class PrebuiltKnowledgeTest {
    @TempDir
    Path dir;
    Path kb;
    Path rules;
    /** The fixture's knowledge as stored, marked (version "as-stored") so that a test sees when it is what loaded. */
    PrebuiltKnowledge.Stored stored;
    final List<String> looked = new ArrayList<>();

    @BeforeEach
    void storeTheFixture() throws Exception {
        kb = Fixture.copy(Fixture.FIXTURE_KB, dir.resolve("knowledge-base"));
        rules = Fixture.copy(Fixture.FIXTURE_RULES, dir.resolve("rules"));
        KnowledgeLoader.Validated validated = KnowledgeLoader.read(kb, rules);
        KnowledgeLoader.Contents c = validated.contents();
        Settings s = c.settings();
        KnowledgeLoader.Contents marked = new KnowledgeLoader.Contents(new Settings("as-stored", s.stopThreshold(),
                s.temperature(), s.normalShare(), s.answerErrorRate(), s.checkErrorRate(), s.knownShare(), s.worthAsking(),
                s.almostCertainFrom(), s.likelyFrom(), s.otherActorWords()), c.causes(), c.observations(), c.findings(),
                c.questions(), c.patterns(), c.scenarios(), c.questionnaire(), c.phrases(), c.words(), c.lexicon(),
                c.examples(), c.classifier());
        stored = roundTrip(new PrebuiltKnowledge.Stored(PrebuiltKnowledge.contentHash(kb), validated.rules().hash(), marked));
    }

    private KnowledgeBase load() {
        return KnowledgeLoader.load(kb, rules, hash -> {
            looked.add(hash);
            return hash.equals(stored.kbHash()) ? stored : null;
        });
    }

    @Test
    void unchanged_knowledge_is_taken_as_stored_and_equals_what_its_files_read() {
        KnowledgeBase loaded = load();
        assertThat(loaded.version()).isEqualTo("as-stored");
        KnowledgeBase read = KnowledgeLoader.read(kb, rules).knowledgeBase();
        assertThat(loaded.causes()).isEqualTo(read.causes());
        assertThat(loaded.questions()).isEqualTo(read.questions());
        assertThat(loaded.phrases()).isEqualTo(read.phrases());
        assertThat(loaded.scenarios()).isEqualTo(read.scenarios());
        assertThat(loaded.rules().sources()).isEqualTo(read.rules().sources());
    }

    @Test
    void an_edited_knowledge_file_is_read_from_its_files_never_from_the_stale_stored_form() throws IOException {
        Path causes = kb.resolve("causes/causes.yaml");
        Files.writeString(causes, Files.readString(causes).replace("Server software defect", "Server program defect"));
        KnowledgeBase loaded = load();
        assertThat(looked).hasSize(1).doesNotContain(stored.kbHash());
        assertThat(loaded.version()).isEqualTo("fixture.1");
        assertThat(loaded.cause("server.software").orElseThrow().title().en()).isEqualTo("Server program defect");
    }

    @Test
    void an_added_file_changes_the_hash_too() throws IOException {
        Files.writeString(kb.resolve("findings/more.yaml"), "findings: []\n");
        assertThat(PrebuiltKnowledge.contentHash(kb)).isNotEqualTo(stored.kbHash());
        assertThat(load().version()).isEqualTo("fixture.1");
    }

    @Test
    void edited_knowledge_that_is_broken_gives_its_located_problem_as_before() throws IOException {
        Path causes = kb.resolve("causes/causes.yaml");
        Files.writeString(causes, Files.readString(causes).replace("prior: 0.25", "prior: [0.25"));
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).contains("causes.yaml:")));
    }

    @Test
    void unchanged_knowledge_with_edited_rules_is_validated_against_them_from_its_files() throws IOException {
        Path repair = rules.resolve("repair.drl");
        Files.writeString(repair, Files.readString(repair) + "\n// edited\n");
        assertThat(load().version()).isEqualTo("fixture.1");
    }

    @Test
    void unchanged_knowledge_with_broken_rules_reports_the_rules() throws IOException {
        Files.writeString(rules.resolve("broken.drl"), "package invoicedoctor.rules;\nrule \"x\" when then nonsense(; end\n");
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).contains("broken.drl")));
    }

    @Test
    @Tag("slow")
    void the_jar_holds_the_knowledge_base_as_read_and_validated_from_knowledge_base() {
        // runs after the package phase (mvn verify), which stores it in the classes folder
        PrebuiltKnowledge.Stored inJar = PrebuiltKnowledge.inJar(PrebuiltKnowledge.contentHash(Path.of("knowledge-base")));
        assertThat(inJar).as("pre-built knowledge matching knowledge-base/ on the class path").isNotNull();
        KnowledgeLoader.Validated read = KnowledgeLoader.read(Path.of("knowledge-base"), Path.of("rules"));
        assertThat(inJar.contents()).isEqualTo(read.contents());
        assertThat(inJar.rulesHash()).isEqualTo(read.rules().hash());
    }

    private static PrebuiltKnowledge.Stored roundTrip(PrebuiltKnowledge.Stored stored) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrebuiltKnowledge.write(stored, bytes);
        return PrebuiltKnowledge.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
