package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round of stories is held out until a walk of it is committed; development tools read only the spent ones. */
class StoryRoundsTest {
    @TempDir
    Path evaluation;

    private Path story(String file) throws IOException {
        Path path = evaluation.resolve("stories").resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "stories: []\n");
    }

    @Test
    void a_round_without_a_walk_is_held_out_and_left_out_of_the_spent_files() throws IOException {
        Path first = story("zh.yaml");
        Path walked = story("round-1/en.yaml");
        Path walkedTwice = story("round-8/zh.yaml");
        story("round-9/zh.yaml");
        story("round-10/en.yaml");
        Files.createDirectories(evaluation.resolve("walks/2026-12-06-round-1"));
        Files.createDirectories(evaluation.resolve("walks/2026-12-06-round-8-walk-2"));
        Files.createDirectories(evaluation.resolve("walks/2026-12-06-round-90"));

        Path walks = evaluation.resolve("walks");
        assertThat(StoryRounds.spentFiles(evaluation.resolve("stories"), walks))
                .containsExactly(walked, walkedTwice, first);
        assertThat(StoryRounds.isHeldOut(evaluation.resolve("stories/round-9"), walks)).isTrue();
        assertThat(StoryRounds.isHeldOut(evaluation.resolve("stories/round-10/en.yaml"), walks)).isTrue();
        assertThat(StoryRounds.isHeldOut(walkedTwice, walks)).isFalse();
        assertThat(StoryRounds.isHeldOut(first, walks)).isFalse();
    }
}
