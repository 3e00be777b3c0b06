package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed knowledge is taken at start as what the build pre-built (by its stored hashes): packing checks it is. */
class KnowledgePackTest {
    @TempDir
    Path classes;

    private void knowledge() throws Exception {
        Files.createDirectories(classes.resolve("defaults/knowledge-base"));
        Files.createDirectories(classes.resolve("defaults/rules"));
        Files.writeString(classes.resolve("defaults/knowledge-base/kb.yaml"), "version: \"1\"\n");
        Files.writeString(classes.resolve("defaults/rules/a.drl"), "package rules;\n");
        Files.createDirectories(classes.resolve("prebuilt"));
    }

    @Test
    void packs_when_the_stored_hashes_are_those_of_the_packed_files() throws Exception {
        knowledge();
        Files.writeString(classes.resolve("prebuilt/knowledge.sha256"),
                PrebuiltKnowledge.contentHash(classes.resolve("defaults/knowledge-base")) + "\n");
        KnowledgePack.main(new String[] {classes.toString()});
        assertThat(classes.resolve("defaults.zip")).exists();
    }

    @Test
    void refuses_knowledge_that_is_not_what_was_pre_built() throws Exception {
        knowledge();
        Files.writeString(classes.resolve("prebuilt/knowledge.sha256"), "0".repeat(64) + "\n");
        assertThatThrownBy(() -> KnowledgePack.main(new String[] {classes.toString()}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not what was pre-built");
    }

    @Test
    void refuses_rules_that_are_not_what_was_pre_built() throws Exception {
        knowledge();
        Files.writeString(classes.resolve("prebuilt/rules.sha256"), "0".repeat(64) + "\n");
        assertThatThrownBy(() -> KnowledgePack.main(new String[] {classes.toString()}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rules");
    }
}
