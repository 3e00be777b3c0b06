package com.invoicedoctor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {
    private static List<String> found(LiteralIndex index, List<String> words, String text) {
        List<String> hits = new ArrayList<>();
        index.scan(LiteralIndex.lower(text), (w, end) -> hits.add(words.get(w) + "@" + end));
        return hits;
    }

    @Test
    void every_occurrence_of_every_word_is_found_in_one_pass_overlaps_included() {
        List<String> words = List.of("he", "she", "his", "hers", "税号", "纳税人识别号", "识别号");
        LiteralIndex index = new LiteralIndex(words);
        assertThat(found(index, words, "ushers")).containsExactlyInAnyOrder("she@4", "he@4", "hers@6");
        assertThat(found(index, words, "纳税人识别号错误，税号为空")).containsExactlyInAnyOrder("纳税人识别号@6", "识别号@6", "税号@11");
        assertThat(found(index, words, "nothing at all")).isEmpty();
    }

    @Test
    void matching_ignores_case_and_keeps_offsets() {
        List<String> words = List.of("InnoDB", "ORA-");
        LiteralIndex index = new LiteralIndex(words);
        String text = "x INNODB y ora-01578";
        assertThat(found(index, words, text)).containsExactly("InnoDB@8", "ORA-@15");
        assertThat(LiteralIndex.lower(text)).hasSameSizeAs(text);
    }
}
