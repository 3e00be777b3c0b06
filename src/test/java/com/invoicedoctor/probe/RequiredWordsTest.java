package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.knowledge.ErrorPattern;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    @Test
    void plain_runs_alternatives_and_groups_give_the_words_every_match_holds() {
        assertThat(RequiredWords.of("ORA-01578|ORA-01110")).contains(List.of("ora-01578", "ora-01110"));
        assertThat(RequiredWords.of("Can.t connect to (?:local )?MySQL server")).contains(List.of("t connect to "));
        assertThat(RequiredWords.of("设备(?:正在)?被(?:其他程序)?占用")).contains(List.of("设备"));
        assertThat(RequiredWords.of("(?:口令|密码|PIN码?)(?:已)?锁")).contains(List.of("口令", "密码", "pin"));
        assertThat(RequiredWords.of("(?s)^(?!.*ERR_PROXY).*?(?<span>ERR_INTERNET_DISCONNECTED|No internet)"))
                .contains(List.of("err_internet_disconnected", "no internet"));
    }

    @Test
    void nothing_is_claimed_when_an_alternative_has_no_telling_word() {
        assertThat(RequiredWords.of("\\d+ms|timeout")).isEmpty();
        assertThat(RequiredWords.of("(?:abc)?x")).isEmpty();
    }

    @Test
    void leading_words_are_the_words_a_match_can_begin_with() {
        assertThat(RequiredWords.leadingWords("ORA-01034")).contains(List.of("ora-01034"));
        assertThat(RequiredWords.leadingWords("Firefox can.t establish")).contains(List.of("firefox can"));
        assertThat(RequiredWords.leadingWords("(?:下载|获取)(?:PDF|OFD)[^\\n]{0,10}超时")).contains(List.of("下载", "获取"));
        // an optional group adds its words to those of what follows it
        assertThat(RequiredWords.leadingWords("(?:购方|销方)?(?:税号|名称)为空")).contains(List.of("购方", "销方", "税号", "名称"));
        assertThat(RequiredWords.leadingWords("abc?d")).contains(List.of("ab"));
    }

    @Test
    void no_leading_words_when_a_match_may_begin_otherwise() {
        assertThat(RequiredWords.leadingWords("\\b429\\b Too Many")).isEmpty();
        assertThat(RequiredWords.leadingWords("(?<!已)开票中")).isEmpty();
        assertThat(RequiredWords.leadingWords("(?:abc)?")).isEmpty();
        assertThat(RequiredWords.leadingWords("(?:abc|\\d+)x")).isEmpty();
        assertThat(RequiredWords.leadingWords("[Ee]rror")).isEmpty();
        assertThat(RequiredWords.leadingWords("a?bc")).isEmpty();
    }

    @Test
    void every_match_of_an_alternative_begins_with_one_of_its_leading_words() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        int matched = 0;
        for (ErrorPattern p : kb.errorPatterns()) {
            for (String branch : RequiredWords.branches(p.regex())) {
                var leading = RequiredWords.leadingWords(branch);
                if (leading.isEmpty()) {
                    continue;
                }
                java.util.regex.Pattern alone = java.util.regex.Pattern.compile(branch, p.compiled().flags());
                for (String text : texts(kb)) {
                    var m = alone.matcher(text);
                    while (m.find()) {
                        matched++;
                        String begins = text.substring(m.start()).toLowerCase(Locale.ROOT);
                        assertThat(leading.get().stream().anyMatch(begins::startsWith)).as("%s at %d of %s", branch, m.start(), text).isTrue();
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    private static List<String> texts(KnowledgeBase kb) {
        List<String> texts = new ArrayList<>();
        ErrorTextSamples.all().forEach(s -> texts.add(s.text()));
        for (Scenario s : kb.scenarios()) {
            texts.add(s.story().in(Lang.zh));
            texts.add(s.story().in(Lang.en));
        }
        return texts;
    }

    @Test
    void the_prefilter_never_skips_a_text_the_pattern_matches() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        List<String> texts = new ArrayList<>();
        ErrorTextSamples.all().forEach(s -> texts.add(s.text()));
        for (Scenario s : kb.scenarios()) {
            texts.add(s.story().in(Lang.zh));
            texts.add(s.story().in(Lang.en));
        }
        int matched = 0;
        for (ErrorPattern p : kb.errorPatterns()) {
            var words = RequiredWords.of(p.regex());
            for (String text : texts) {
                if (p.compiled().matcher(text).find()) {
                    matched++;
                    String lower = text.toLowerCase(Locale.ROOT);
                    assertThat(words.isEmpty() || words.get().stream().anyMatch(lower::contains))
                            .as("%s on %s", p.id(), text).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
