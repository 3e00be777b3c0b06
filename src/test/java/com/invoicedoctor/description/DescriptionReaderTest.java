package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a description is read, on the fixture's few phrases: clauses, negation, unsure words, provenance. */
class DescriptionReaderTest {
    private static final DescriptionReader READER = new DescriptionReader(Fixture.fixture());

    private static Map<String, String> read(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        READER.read(text).forEach(o -> facts.put(o.id(), o.value()));
        return facts;
    }

    @Test
    void a_cue_matches_when_each_of_its_terms_is_in_one_clause_in_any_order() {
        assertThat(read("其他网站都能打开")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("打开别的网页都正常")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("Other websites load fine")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("其他的都好，就是开票不行")).isEmpty();
    }

    @Test
    void words_joined_with_a_plus_are_one_alternative_found_as_consecutive_words() {
        assertThat(read("other web pages load")).containsEntry("net.other-sites-work", "yes");
        assertThat(read("other pages on the web load")).doesNotContainKey("net.other-sites-work");
    }

    @Test
    void a_negator_inside_or_just_before_the_cue_turns_it_around_in_both_languages() {
        assertThat(read("别的网站也不能打开")).containsEntry("net.other-sites-work", "no");
        assertThat(read("other websites don't load either")).containsEntry("net.other-sites-work", "no");
        assertThat(read("没有同事报错")).containsEntry("scope.others-affected", "no");
    }

    @Test
    void a_negation_that_is_part_of_the_cue_is_its_meaning_not_a_negation() {
        assertThat(read("别的网页也打不开")).containsEntry("net.other-sites-work", "no");
        assertThat(read("同事也不行")).containsEntry("scope.others-affected", "yes");
    }

    @Test
    void a_negator_is_a_whole_word_not_the_first_character_of_another() {
        assertThat(read("别的网站打开不断")).containsEntry("net.other-sites-work", "yes"); // 不断: "on and on"
        assertThat(read("vendor's update")).containsEntry("server.recent-update", "yes");
    }

    @Test
    void a_negator_elsewhere_in_the_clause_leaves_the_cue_alone() {
        assertThat(read("只有我这台电脑打不开开票软件")).containsEntry("scope.others-affected", "no");
    }

    @Test
    void contrast_keeps_the_halves_of_a_sentence_apart() {
        Map<String, String> facts = read("只有我这台电脑有问题，但是其他网站都能打开");
        assertThat(facts).containsEntry("scope.others-affected", "no").containsEntry("net.other-sites-work", "yes");
        assertThat(read("Only my PC is affected but other sites load")).containsEntry("net.other-sites-work", "yes")
                .containsEntry("scope.others-affected", "no");
    }

    @Test
    void unsure_clauses_and_questions_tell_nothing() {
        assertThat(read("不知道其他网站能不能打开")).isEmpty();
        assertThat(read("是不是服务商升级了")).isEmpty();
        assertThat(read("Did the vendor release an update?")).isEmpty();
        assertThat(read("maybe the vendor pushed an update")).isEmpty();
    }

    @Test
    void when_a_fact_is_told_twice_the_later_clause_wins() {
        assertThat(read("一开始以为只有我这台电脑，后来同事也报错了")).containsEntry("scope.others-affected", "yes");
    }

    @Test
    void chinese_cue_words_are_not_found_inside_longer_words() {
        // 厂家 must start a word: 服务商 升级 is a cue, but "商升" inside other words is not
        assertThat(read("厂家昨晚发版了")).containsEntry("server.recent-update", "yes");
        assertThat(read("协商升级方案")).doesNotContainKey("server.recent-update");
    }

    @Test
    void every_fact_quotes_the_clause_it_came_from_with_source_description() {
        List<Observation> facts = READER.read("昨天服务商升级了。其他网站都正常");
        assertThat(facts).extracting(Observation::source).containsOnly(Observation.Source.description);
        assertThat(facts).extracting(Observation::detail).containsExactly("“昨天服务商升级了”", "“其他网站都正常”");
    }

    @Test
    void full_width_letters_and_mixed_text_are_read() {
        assertThat(read("ＯＮＬＹ ＭＹ ＰＣ")).containsEntry("scope.others-affected", "no");
        assertThat(read("vendor升级了")).doesNotContainKey("net.other-sites-work");
    }

    @Test
    void a_blank_text_says_nothing_and_a_text_too_long_is_refused() {
        assertThat(READER.read("  ")).isEmpty();
        assertThat(READER.read(null)).isEmpty();
        assertThatThrownBy(() -> READER.read("x".repeat(DescriptionReader.MAX_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }
}
