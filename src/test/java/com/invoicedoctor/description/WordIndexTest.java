package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private final Words words = new Words();

    private static List<String> owners(List<WordIndex.Found<String>> found) {
        return found.stream().map(f -> f.owner() + "@" + f.start() + "-" + f.end()).toList();
    }

    @Test
    void a_word_of_many_owners_is_found_for_each_in_the_order_they_were_added_among_the_entries_of_its_first_character() {
        WordIndex<String> index = new WordIndex<>(words, false);
        index.add("正常", "a");
        index.add("正", "b");
        index.add("正常", "c");
        index.add("正常使用", "d");
        index.add("正常", "e");
        index.add("网络", "f");
        Words.Cut cut = words.cut("网络正常使用");
        int at = List.of(cut.words()).indexOf("正常");
        assertThat(at).as("smartcn cuts 正常 alone: %s", List.of(cut.words())).isPositive();
        int end = cut.wordAt(cut.starts()[at] + 3, at) + 1; // 正常使用 ends with 使用
        assertThat(owners(index.in(cut))).containsExactly("f@0-" + at, "a@" + at + "-" + (at + 1), "b@" + at + "-" + (at + 1),
                "c@" + at + "-" + (at + 1), "d@" + at + "-" + end, "e@" + at + "-" + (at + 1));
    }

    @Test
    void every_entry_beginning_at_a_word_is_found_however_many_share_its_first_two_characters() {
        WordIndex<String> index = new WordIndex<>(words, false);
        index.add("没有网络", "longest");
        index.add("没有", "short");
        index.add("没有网", "middle");
        index.add("没有打印机", "other");
        index.add("没网", "elsewhere");
        List<WordIndex.Found<String>> found = index.in(words.cut("电脑没有网络了"));
        assertThat(found).extracting(WordIndex.Found::owner).containsExactly("longest", "short", "middle");
        assertThat(found.get(0).end()).isGreaterThan(found.get(1).end());
    }

    @Test
    void english_words_of_many_owners_are_found_for_each_in_the_order_they_were_added() {
        WordIndex<String> index = new WordIndex<>(words, false);
        index.add("printer", "a");
        index.add("printer driver", "b");
        index.add("printer", "c");
        index.add("driver", "d");
        List<WordIndex.Found<String>> found = index.in(words.cut("The printer driver fails"));
        assertThat(found).extracting(WordIndex.Found::owner).containsExactly("a", "b", "c", "d");
        int at = found.get(0).start();
        assertThat(found).extracting(WordIndex.Found::end).containsExactly(at + 1, at + 2, at + 1, at + 2);
    }

    @Test
    void a_small_word_that_must_end_where_a_word_ends_is_not_found_inside_a_longer_one_whatever_its_owners() {
        WordIndex<String> index = new WordIndex<>(words, true);
        index.add("不", "not");
        index.add("不", "also not");
        assertThat(index.in(words.cut("网络不断掉线"))).extracting(WordIndex.Found::owner).doesNotContain("not");
        assertThat(index.in(words.cut("网页打不开，不能上网"))).extracting(WordIndex.Found::owner).contains("not", "also not");
    }
}
