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
