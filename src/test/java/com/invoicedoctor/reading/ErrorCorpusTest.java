package com.invoicedoctor.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development part is every area's dev.yaml and test.yaml (the areas' test parts are spent) and the spent held-out
 * folders; the test part is every collected*.yaml of the newest held-out folder alone, never read as an area.
 */
class ErrorCorpusTest {
    @TempDir
    Path corpus;

    private void write(String file, String text, String cause) throws IOException {
        Path path = corpus.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "messages:\n- text: \"" + text + "\"\n  lang: en\n  source: https://example.org/" + text
                + "\n  accepted:\n  - " + cause + "\n");
    }

    @Test
    void development_is_every_areas_dev_and_spent_test_part_and_never_the_held_out_folder() throws IOException {
        write("network/dev.yaml", "dev message", "network.config.dns");
        write("network/test.yaml", "spent test message", "network.config.dns");
        write("server/dev.yaml", "server message", "server.database");
        write("held-out-2/collected.yaml", "held-out message", "server.database");
        write("held-out-2/dev.yaml", "misplaced message", "server.database");

        assertThat(ErrorCorpus.development(corpus)).extracting(ErrorCorpus.Message::text)
                .containsExactly("dev message", "spent test message", "server message");
        assertThat(ErrorCorpus.heldOut(corpus)).get().asList().extracting(m -> ((ErrorCorpus.Message) m).text())
                .containsExactly("held-out message");
    }

    @Test
    void a_newer_held_out_folder_is_the_test_part_and_the_older_one_joins_development() throws IOException {
        write("network/dev.yaml", "dev message", "network.config.dns");
        write("held-out-2/collected.yaml", "spent held-out message", "server.database");
        write("held-out-10/collected-zh.yaml", "newest zh", "client.tax-device");
        write("held-out-10/collected-en.yaml", "newest en", "server.database");
        write("held-out-9/collected.yaml", "older held-out message", "server.database");

        assertThat(ErrorCorpus.development(corpus)).extracting(ErrorCorpus.Message::text)
                .containsExactly("dev message", "spent held-out message", "older held-out message");
        assertThat(ErrorCorpus.heldOut(corpus)).get().asList().extracting(m -> ((ErrorCorpus.Message) m).text())
                .containsExactly("newest en", "newest zh");
    }

    @Test
    void no_test_part_until_it_is_collected() throws IOException {
        write("network/dev.yaml", "dev message", "network.config.dns");
        assertThat(ErrorCorpus.heldOut(corpus)).isEmpty();
    }

    @Test
    void a_message_without_accepted_causes_is_refused_with_its_file_named() throws IOException {
        Path file = corpus.resolve("network/dev.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "messages:\n- text: \"no causes\"\n  lang: en\n");
        assertThatThrownBy(() -> ErrorCorpus.development(corpus)).isInstanceOf(IOException.class)
                .hasMessageContaining("dev.yaml").hasMessageContaining("accepted");
    }
}
