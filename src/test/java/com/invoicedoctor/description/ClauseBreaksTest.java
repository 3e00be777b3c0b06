package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClauseBreaksTest {
    private static final List<String> WORDS = List.of("但是", "但", "而", "然后", "but", "while", "then", "though", "although");
    private final ClauseBreaks breaks = new ClauseBreaks(WORDS);

    @Test
    void a_break_word_is_marked_where_it_begins() {
        assertThat(breaks.mark("网页能打开，但是开票不行")).isEqualTo("网页能打开，\u0001但是开票不行");
        assertThat(breaks.mark("Web pages open BUT invoicing fails")).isEqualTo("Web pages open \u0001BUT invoicing fails");
        assertThat(breaks.mark("没有断句")).isEqualTo("没有断句");
    }

    @Test
    void english_break_words_count_as_whole_words_and_not_after_a() {
        assertThat(breaks.mark("the butter melted")).isEqualTo("the butter melted");
        assertThat(breaks.mark("it worked for a while")).isEqualTo("it worked for a while");
        assertThat(breaks.mark("it failed, then worked")).isEqualTo("it failed, \u0001then worked");
    }

    @Test
    void the_first_break_word_in_the_list_wins_where_two_begin_and_the_next_is_looked_for_after_it() {
        // "但是" comes before "但" in the list: one mark, and none inside the word already marked
        assertThat(breaks.mark("可以但是不行")).isEqualTo("可以\u0001但是不行");
        // "although" holds "though": only the longer one, where it begins
        assertThat(breaks.mark("although it works")).isEqualTo("\u0001although it works");
    }

    @Test
    void the_marks_are_those_of_the_break_expression_searched_over_the_whole_text() {
        Pattern expression = Pattern.compile(String.join("|", WORDS.stream().map(w -> Words.isChinese(w) ? Pattern.quote(w)
                : "(?<!\\ba\\s)\\b" + Pattern.quote(w) + "\\b").toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String text : List.of("但是但但是而然后", "BUT but,but'but ButThen then-then", "a but, a  but, A THEN",
                "网页打不开但微信可以，然后重启了而且还是不行", "Though, although; thoughtful whilewhile while", "ΣBUT ſbut İthen")) {
            assertThat(breaks.mark(text)).as(text).isEqualTo(expression.matcher(text).replaceAll("\u0001$0"));
        }
    }
}
