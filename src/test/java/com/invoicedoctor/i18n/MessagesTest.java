package com.invoicedoctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Lang;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void every_kind_of_fact_has_a_label_in_both_languages() {
        for (Lang lang : Lang.values()) {
            for (Observation.Source source : Observation.Source.values()) {
                assertThat(Messages.all(lang)).as("%s in %s", source, lang).containsKey("source." + source.name());
            }
        }
    }

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(Messages.all(Lang.zh).keySet()).isEqualTo(Messages.all(Lang.en).keySet());
    }
}
