package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error pages speak to the person in their language; the JSON API keeps its technical messages for developers. */
class ErrorPagesTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    @Test
    void a_missing_case_page_in_chinese_says_what_to_do_without_api_talk() {
        Http.Reply r = APP.http().get("/s/no-such-session?lang=zh");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("没有找到这个案例").contains("开始一个新的案例")
                .doesNotContain("/api/").doesNotContain("POST");
    }

    @Test
    void an_unknown_question_and_a_wrong_answer_are_told_in_plain_words() {
        String s = APP.http().form("/sessions?lang=zh", Map.of("audience", "customer")).header("Location");
        String path = s.contains("?") ? s.substring(0, s.indexOf('?')) : s;
        assertThat(APP.http().get(path + "/questions/no-such-question?lang=zh").body()).contains("没有找到这个问题")
                .doesNotContain("unknown question");
        Http.Reply wrong = APP.http().form(path + "/answers?lang=en", Map.of("question", "other-sites-work", "answer", "maybe"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("That answer is not one of the choices").contains("Details for the helpdesk");
    }

    @Test
    void the_api_keeps_its_technical_message() {
        Http.Reply r = APP.http().get("/api/sessions/no-such-session");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("\"error\"").doesNotContain("没有找到");
    }
}
