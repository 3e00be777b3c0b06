package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server-rendered pages, used as a browser without JavaScript would: links, forms and redirects. */
class PagesTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    /** Starts a session with the start page's form and returns its page path. */
    private static String startFromForm(String audience, String errorText, String lang) {
        Http.Reply r = APP.http().form("/sessions?lang=" + lang, errorText == null ? Map.of("audience", audience)
                : Map.of("audience", audience, "errorText", errorText));
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).startsWith("/s/");
        return r.header("Location");
    }

    private static String path(String location) {
        int q = location.indexOf('?');
        return q < 0 ? location : location.substring(0, q);
    }

    @Test
    void the_start_page_is_chinese_unless_the_browser_prefers_english() {
        assertThat(APP.http().get("/").body()).contains("我是开票用户").contains("我是客服人员").contains("lang=\"zh-CN\"");
        assertThat(APP.http().get("/", "Accept-Language", "en-GB,en;q=0.9,zh;q=0.5").body()).contains("I am a customer");
        assertThat(APP.http().get("/", "Accept-Language", "de-DE").body()).contains("我是开票用户");
        assertThat(APP.http().get("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").body()).contains("我是开票用户");
    }

    @Test
    void the_language_switch_is_remembered_in_a_cookie() {
        Http.Reply r = APP.http().get("/?lang=en");
        assertThat(r.body()).contains("I am a customer");
        assertThat(r.header("Set-Cookie")).contains("lang=en");
        assertThat(APP.http().get("/", "Cookie", "lang=en").body()).contains("I am a customer");
    }

    @Test
    void every_control_on_the_start_page_has_a_label_and_no_message_key_is_missing() {
        String page = APP.http().get("/?lang=en").body();
        assertThat(page).contains("<label for=\"start-description\"").doesNotContain("??");
        assertThat(APP.http().get("/?lang=zh").body()).doesNotContain("??");
    }

    @Test
    void a_customer_walks_from_the_start_page_through_questions_to_the_result() {
        String s = startFromForm("customer", null, "en");
        String page = APP.http().get(s + "?lang=en").body();
        assertThat(page).contains("I don’t know").contains("Why are we asking?").doesNotContain("Link to this case");
        Map<String, String> plan = Map.of("other-sites-work", "no", "link-light", "off");
        for (int i = 0; i < 6 && page.contains("class=\"answer-form\""); i++) {
            String question = page.replaceAll("(?s).*name=\"question\" value=\"([^\"]+)\".*", "$1");
            assertThat(APP.http().form(s + "/answers", Map.of("question", question, "answer", plan.getOrDefault(question, "unknown")))
                    .status()).isEqualTo(303);
            page = APP.http().get(s + "?lang=en").body();
            if (page.contains("class=\"answer-form\"")) {
                assertThat(page).contains("← Back").contains("/questions/");
            }
        }
        assertThat(page).contains("Likely causes").contains("Router, switch or cable fault").contains("%")
                .contains("This fixed it").contains("Didn’t help").contains("Your answers").doesNotContain("??");
    }

    @Test
    void back_shows_the_previous_question_with_its_answer_and_changing_it_keeps_the_rest() {
        String s = startFromForm("customer", null, "en");
        APP.http().form(s + "/answers", Map.of("question", "other-sites-work", "answer", "yes"));
        String page = APP.http().get(s + "/questions/other-sites-work?lang=en").body();
        assertThat(page).contains("You are changing an earlier answer").contains("aria-pressed=\"true\"");
        APP.http().form(s + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        String json = APP.http().get("/api" + s.replace("/s/", "/sessions/")).body();
        assertThat(json).contains("\"answer\":\"no\"");
        assertThat(APP.http().get(s + "/questions/no-such-question").status()).isEqualTo(404);
    }

    @Test
    void trying_a_step_from_the_result_page_marks_it() {
        String s = startFromForm("customer", null, "en");
        APP.http().form(s + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        APP.http().form(s + "/answers", Map.of("question", "link-light", "answer", "off"));
        Http.Reply r = APP.http().form(s + "/repairs", Map.of("step", "network.hardware.device.cable", "outcome", "fixed"));
        assertThat(r.status()).isEqualTo(303);
        String page = APP.http().get(s + "?lang=en").body();
        assertThat(page).contains("Solved.").contains("This fixed it.");
    }

    @Test
    void a_pasted_error_text_is_read_and_shown_back_escaped() {
        String s = startFromForm("customer", "java.net.UnknownHostException: " + SCRIPT, "en");
        assertThat(s).contains("found=1");
        String page = APP.http().get(s + "&lang=en").body();
        assertThat(page).contains("We read one fact").doesNotContain(SCRIPT).contains("&lt;script&gt;");
        Http.Reply none = APP.http().form(path(s) + "/error-text", Map.of("errorText", "nothing to see " + SCRIPT));
        assertThat(none.header("Location")).endsWith("found=0");
        assertThat(APP.http().get(none.header("Location") + "&lang=en").body()).contains("could not read this message; a few questions will find the cause");
    }

    @Test
    void notes_and_rejected_facts_are_shown_back_escaped() {
        String s = startFromForm("helpdesk", null, "en");
        APP.http().form(s + "/notes", Map.of("notes", "caller said " + SCRIPT));
        String page = APP.http().get(s + "?lang=en").body();
        assertThat(page).contains("caller said &lt;script&gt;").doesNotContain(SCRIPT);
        Http.Reply bad = APP.http().form(s + "/facts", Map.of("observation", "net.dns.resolves", "value", SCRIPT));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("&lt;script&gt;").doesNotContain(SCRIPT);
        Http.Reply odd = APP.http().form(s + "/facts", Map.of("observation", SCRIPT, "value", "yes"));
        assertThat(odd.status()).isEqualTo(422);
        assertThat(odd.body()).doesNotContain(SCRIPT);
    }

    @Test
    void a_probe_summary_from_the_network_is_shown_escaped() {
        String s = startFromForm("customer", null, "en");
        assertThat(APP.http().form(s + "/checks", Map.of("endpoint", "tax")).status()).isEqualTo(303);
        String page = APP.http().get(s + "?lang=en").body();
        assertThat(page).contains("NXDOMAIN &lt;b&gt;bold&lt;/b&gt;").contains("What we know so far");
    }

    @Test
    void a_collected_fact_can_be_corrected_by_hand() {
        String s = startFromForm("customer", "java.net.UnknownHostException: host", "en");
        APP.http().form(path(s) + "/facts", Map.of("observation", "net.dns.resolves", "value", "yes"));
        String json = APP.http().get("/api" + path(s).replace("/s/", "/sessions/")).body();
        assertThat(json).contains("\"value\":\"yes\"").contains("corrected by hand");
        APP.http().form(path(s) + "/facts", Map.of("observation", "net.dns.resolves", "value", "unknown"));
        assertThat(APP.http().get("/api" + path(s).replace("/s/", "/sessions/")).json().get("facts")).isEmpty();
    }

    @Test
    void the_helpdesk_view_has_answers_notes_share_link_and_technical_detail() {
        String s = startFromForm("helpdesk", null, "en");
        APP.http().form(s + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        String page = APP.http().get(s + "?lang=en").body();
        assertThat(page).contains("Link to this case").contains("value=\"" + s + "\"")
                .contains("Answers so far").contains("Case notes").contains("Technical detail")
                .contains("Rules fired").contains("×").contains("no website opening points to the network devices");
        assertThat(APP.http().get(s + "/result?lang=en").body()).contains("Technical detail");
    }

    @Test
    void the_helpdesk_technical_detail_names_the_rules_in_the_pages_language() {
        String s = startFromForm("helpdesk", null, "zh");
        APP.http().form(s + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        String page = APP.http().get(s + "?lang=zh").body();
        assertThat(page).contains("什么网站都打不开,指向网络设备")
                .contains("title=\"no website opening points to the network devices\"")
                .doesNotContain(">no website opening points to the network devices<");
    }

    @Test
    void an_unknown_session_page_is_a_404_page_not_a_stack_trace() {
        Http.Reply r = APP.http().get("/s/AAAAAAAAAAAAAAAAAAAAAA?lang=en");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).contains("text/html");
        assertThat(r.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at com.");
        assertThat(APP.http().get("/no/such/page").status()).isEqualTo(404);
        assertThat(APP.http().form("/sessions", Map.of()).status()).isEqualTo(400);
        assertThat(APP.http().form("/sessions", Map.of("audience", "robot")).status()).isEqualTo(422);
    }

    @Test
    void a_form_over_64_kib_is_refused_with_a_413_page() {
        String s = startFromForm("helpdesk", null, "en");
        Http.Reply r = APP.http().form(s + "/notes", Map.of("notes", "x".repeat(70 * 1024)));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).contains("text/html");
        assertThat(r.body()).contains("64 KiB");
        Http.Reply longText = APP.http().form(s + "/error-text", Map.of("errorText", "y".repeat(30_000)));
        assertThat(longText.status()).isEqualTo(413);
    }

    @Test
    void pages_send_security_headers() {
        Http.Reply r = APP.http().get("/");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").contains("http://127.0.0.1:9");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(APP.http().get("/static/app.css").status()).isEqualTo(200);
        assertThat(APP.http().get("/static/app.js").status()).isEqualTo(200);
    }
}
