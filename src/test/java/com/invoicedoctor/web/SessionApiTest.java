package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.engine.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session API through a real server: shapes, answers, repairs, facts, notes and every error status. */
class SessionApiTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    private static JsonNode newSession(String audience, String lang) {
        Http.Reply r = APP.http().postJson("/api/sessions", Map.of("audience", audience, "lang", lang));
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    @Test
    void starting_a_session_answers_201_with_an_unguessable_id_and_the_first_question() {
        Http.Reply r = APP.http().postJson("/api/sessions", Map.of("audience", "customer", "lang", "en"));
        assertThat(r.status()).isEqualTo(201);
        JsonNode s = r.json();
        assertThat(s.get("id").asText()).matches("[A-Za-z0-9_-]{22}");
        assertThat(r.header("Location")).isEqualTo("/api/sessions/" + s.get("id").asText());
        assertThat(s.get("done").asBoolean()).isFalse();
        assertThat(s.get("knowledgeVersion").asText()).isEqualTo("web-test.1");
        JsonNode q = s.get("question");
        assertThat(q.get("id").asText()).isNotBlank();
        assertThat(q.get("text").asText()).isNotBlank();
        assertThat(q.get("kind").asText()).isEqualTo("choice");
        assertThat(q.get("why").asText()).isNotBlank();
        List<String> values = new ArrayList<>();
        q.get("options").forEach(o -> values.add(o.get("value").asText()));
        assertThat(values).contains("unknown");
        assertThat(s.get("diagnoses")).isNotEmpty();
        assertThat(s.get("diagnoses").get(0).has("cause")).isTrue();
        assertThat(s.get("diagnoses").get(0).has("solutions")).isTrue();
        assertThat(s.get("answers")).isEmpty();
    }

    @Test
    void two_sessions_never_share_an_id() {
        assertThat(newSession("customer", "zh").get("id")).isNotEqualTo(newSession("customer", "zh").get("id"));
    }

    @Test
    void an_audience_that_does_not_exist_is_422() {
        Http.Reply r = APP.http().postJson("/api/sessions", Map.of("audience", "robot"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).contains("customer or helpdesk");
    }

    @Test
    void a_session_reads_back_in_its_language_or_the_one_asked_for() {
        String id = newSession("customer", "zh").get("id").asText();
        JsonNode zh = APP.http().get("/api/sessions/" + id).json();
        JsonNode en = APP.http().get("/api/sessions/" + id + "?lang=en").json();
        assertThat(zh.get("lang").asText()).isEqualTo("zh");
        assertThat(zh.get("question").get("text").asText()).isNotEqualTo(en.get("question").get("text").asText());
        assertThat(en.get("question").get("options").get(en.get("question").get("options").size() - 1).get("label").asText())
                .isEqualTo("I don’t know");
    }

    @Test
    void an_answer_is_kept_with_its_question_text_and_the_interview_moves_on() {
        JsonNode s = newSession("customer", "en");
        String id = s.get("id").asText();
        String q = s.get("question").get("id").asText();
        Http.Reply r = APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", q, "answer", "unknown"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode after = r.json();
        assertThat(after.get("answers")).hasSize(1);
        assertThat(after.get("answers").get(0).get("question").asText()).isEqualTo(q);
        assertThat(after.get("answers").get(0).get("text").asText()).isEqualTo(s.get("question").get("text").asText());
        assertThat(after.get("answers").get(0).get("answer").asText()).isEqualTo("unknown");
        assertThat(after.get("question").get("id").asText()).isNotEqualTo(q);
        assertThat(APP.http().get("/api/sessions/" + id).json().get("answers")).hasSize(1);
    }

    @Test
    void answers_lead_to_a_diagnosis_with_steps_and_pivots() {
        String id = newSession("customer", "en").get("id").asText();
        APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", "link-light", "answer", "off")).json();
        assertThat(s.get("done").asBoolean()).isTrue();
        assertThat(s.get("outcome").asText()).isEqualTo("confident");
        assertThat(s.get("question").isNull()).isTrue();
        assertThat(s.get("diagnoses").get(0).get("cause").asText()).isEqualTo("network.hardware.device");
        assertThat(s.get("diagnoses").get(0).get("confidence").asDouble()).isGreaterThan(0.8);
        assertThat(s.get("diagnoses").get(0).get("because")).isNotEmpty();
        assertThat(s.get("steps")).isNotEmpty();
        assertThat(s.get("steps").get(0).get("tried").isNull()).isTrue();
        assertThat(s.get("facts")).hasSize(2);
        assertThat(s.get("facts").get(0).get("source").asText()).isEqualTo("answer");
    }

    @Test
    void an_answer_that_does_not_fit_its_question_is_422_and_changes_nothing() {
        String id = newSession("customer", "en").get("id").asText();
        Http.Reply r = APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", "other-sites-work", "answer", "maybe"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).contains("maybe").contains("yes, no, unknown");
        assertThat(APP.http().get("/api/sessions/" + id).json().get("answers")).isEmpty();
    }

    @Test
    void an_unknown_question_is_404() {
        String id = newSession("customer", "en").get("id").asText();
        Http.Reply r = APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", "no-such-question", "answer", "yes"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).contains("no-such-question");
    }

    @Test
    void an_unknown_session_is_404_for_every_path() {
        String missing = "/api/sessions/AAAAAAAAAAAAAAAAAAAAAA";
        assertThat(APP.http().get(missing).status()).isEqualTo(404);
        assertThat(APP.http().get(missing).json().get("error").asText()).contains("no session");
        assertThat(APP.http().postJson(missing + "/answers", Map.of("question", "busy-hours", "answer", "maybe")).status()).isEqualTo(404);
        assertThat(APP.http().postJson(missing + "/repairs", Map.of("step", "client.clock.sync", "outcome", "fixed")).status()).isEqualTo(404);
        assertThat(APP.http().postJson(missing + "/facts", Map.of("facts", Map.of("net.dns.resolves", "no"))).status()).isEqualTo(404);
        assertThat(APP.http().postJson(missing + "/notes", Map.of("notes", "x")).status()).isEqualTo(404);
        assertThat(APP.http().get("/api/sessions/not-an-id").status()).isEqualTo(404);
        assertThat(APP.http().get("/api/sessions/" + "x".repeat(500)).status()).isEqualTo(404);
    }

    @Test
    void a_malformed_body_is_400_with_a_json_error_everywhere() {
        String id = newSession("customer", "en").get("id").asText();
        for (String path : List.of("/api/sessions", "/api/diagnose", "/api/sessions/" + id + "/answers",
                "/api/sessions/" + id + "/repairs", "/api/sessions/" + id + "/facts", "/api/sessions/" + id + "/notes")) {
            for (String body : List.of("{\"question\":", "[1,2]", "\"text\"", "{\"a\":1} trailing", "\u0000\u0001")) {
                Http.Reply r = APP.http().post(path, body);
                assertThat(r.status()).as(path + " with " + body).isEqualTo(400);
                assertThat(r.json().get("error").asText()).isNotBlank().doesNotContain("Exception");
            }
        }
    }

    @Test
    void missing_or_mistyped_fields_are_400() {
        String id = newSession("customer", "en").get("id").asText();
        assertThat(APP.http().post("/api/sessions/" + id + "/answers", "{\"answer\":\"yes\"}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions/" + id + "/answers", "{\"question\":\"busy-hours\"}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions/" + id + "/answers", "{\"question\":7,\"answer\":\"yes\"}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions/" + id + "/answers", "{\"question\":\"busy-hours\",\"answer\":{}}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions/" + id + "/facts", "{}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions/" + id + "/facts", "{\"facts\":[1]}").status()).isEqualTo(400);
        assertThat(APP.http().post("/api/sessions", "{\"audience\":[]}").status()).isEqualTo(400);
    }

    @Test
    void a_body_over_64_kib_is_413() {
        String id = newSession("customer", "en").get("id").asText();
        String big = "{\"notes\":\"" + "x".repeat(70 * 1024) + "\"}";
        Http.Reply r = APP.http().post("/api/sessions/" + id + "/notes", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("64 KiB");
        assertThat(APP.http().post("/api/diagnose", big).status()).isEqualTo(413);
    }

    @Test
    void a_tried_step_that_fixed_it_ends_the_interview() {
        String id = newSession("customer", "en").get("id").asText();
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/repairs",
                Map.of("step", "network.hardware.device.restart", "outcome", "fixed")).json();
        assertThat(s.get("done").asBoolean()).isTrue();
        assertThat(s.get("outcome").asText()).isEqualTo("fixed");
        assertThat(s.get("status").asText()).isEqualTo("fixed");
    }

    @Test
    void a_step_that_did_not_help_is_marked_tried_and_the_interview_goes_on() {
        String id = newSession("customer", "en").get("id").asText();
        APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", "other-sites-work", "answer", "no"));
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/repairs",
                Map.of("step", "network.hardware.device.restart", "outcome", "failed")).json();
        assertThat(s.get("done").asBoolean()).isFalse();
        boolean marked = false;
        for (JsonNode step : s.get("steps")) {
            if (step.get("id").asText().equals("network.hardware.device.restart")) {
                marked = step.get("tried").asText().equals("failed");
            }
        }
        assertThat(marked).isTrue();
    }

    @Test
    void an_unknown_step_is_404_and_an_odd_outcome_422() {
        String id = newSession("customer", "en").get("id").asText();
        assertThat(APP.http().postJson("/api/sessions/" + id + "/repairs", Map.of("step", "nope", "outcome", "fixed")).status()).isEqualTo(404);
        assertThat(APP.http().postJson("/api/sessions/" + id + "/repairs",
                Map.of("step", "client.clock.sync", "outcome", "sort of")).status()).isEqualTo(422);
    }

    @Test
    void posted_facts_and_error_texts_become_facts_with_provenance() {
        String id = newSession("helpdesk", "en").get("id").asText();
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("facts", Map.of("clock.skew.seconds", 900))).json();
        assertThat(s.get("added").get(0).get("id").asText()).isEqualTo("clock.skew.seconds");
        assertThat(s.get("diagnoses").get(0).get("cause").asText()).isEqualTo("client.clock");
        s = APP.http().postJson("/api/sessions/" + id + "/facts",
                Map.of("errorText", "ERROR java.net.UnknownHostException: fpdk.example.gov.cn")).json();
        JsonNode fact = fact(s, "net.dns.resolves");
        assertThat(fact.get("source").asText()).isEqualTo("errorText");
        assertThat(fact.get("detail").asText()).contains("UnknownHostException: fpdk.example.gov.cn");
    }

    @Test
    void facts_that_only_tell_the_rules_how_a_reading_weighed_itself_are_marked_and_left_off_the_page() {
        String id = newSession("customer", "en").get("id").asText();
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("facts",
                Map.of("text.resembles-lead", 2.5, "net.dns.resolves", "no"))).json();
        assertThat(fact(s, "text.resembles-lead").get("internal").asBoolean(false)).isTrue();
        assertThat(fact(s, "net.dns.resolves").get("internal").asBoolean(true)).isFalse();
        String page = APP.http().get("/s/" + id + "?lang=en").body();
        assertThat(page).contains(fact(s, "net.dns.resolves").get("title").asText())
                .doesNotContain(fact(s, "text.resembles-lead").get("title").asText());
        // nor in what the page says it read from a description
        JsonNode described = APP.http().postJson("/api/sessions", Map.of("audience", "customer", "lang", "en",
                "description", "the DNS cannot resolve the invoice server's name")).json();
        assertThat(fact(described, "text.resembles-1").get("internal").asBoolean(true)).isFalse();
        String describedPage = APP.http().get("/s/" + described.get("id").asText() + "?lang=en").body();
        assertThat(describedPage).contains(fact(described, "text.resembles-1").get("title").asText())
                .doesNotContain(fact(described, "text.resembles-lead").get("title").asText());
    }

    @Test
    void a_yes_or_no_fact_no_question_asks_is_labelled_in_the_pages_language() {
        // net.tax-host-reachable is set by probes and error texts, never asked: its values had no label and showed as "no"
        String id = newSession("customer", "zh").get("id").asText();
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/facts",
                Map.of("facts", Map.of("net.tax-host-reachable", "no"))).json();
        JsonNode fact = fact(s, "net.tax-host-reachable");
        assertThat(fact.get("value").asText()).isEqualTo("no");
        assertThat(fact.get("label").asText()).isEqualTo("否");
        assertThat(fact.get("options").findValuesAsText("label")).contains("是", "否");
    }

    @Test
    void a_facts_provenance_is_the_words_quoted_without_the_readers_shorthand() {
        assertThat(SessionViewBuilder.shown(read("term “SQLSTATE” (database-engines): \"SQLSTATE[HY000] [2002] Connection refused\"")))
                .isEqualTo("\"SQLSTATE[HY000] [2002] Connection refused\"");
        assertThat(SessionViewBuilder.shown(read("reads like server.database (p=0.08): \"ORA-01578\""))).isEqualTo("\"ORA-01578\"");
        assertThat(SessionViewBuilder.shown(read("connection-refused: \"Connection refused\""))).isEqualTo("\"Connection refused\"");
        // a probe's detail is its measurement, kept whole
        String probe = "GET https://127.0.0.1:8443/: 200; body unparseable: declared application/json but is not JSON: \"<html>\"";
        assertThat(SessionViewBuilder.shown(new Observation("http.body", "unparseable", null, Observation.Source.probe, probe)))
                .isEqualTo(probe);
    }

    /** The session's fact of this id; the test fails when there is none. */
    private static JsonNode fact(JsonNode session, String id) {
        for (JsonNode f : session.get("facts")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no fact " + id + " in " + session.get("facts"));
    }

    private static Observation read(String detail) {
        return new Observation("term.database", "yes", null, Observation.Source.errorText, detail);
    }

    @Test
    void the_facts_reply_says_whether_an_error_text_was_recognised() {
        String id = newSession("customer", "en").get("id").asText();
        JsonNode none = APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("errorText", "zzz qqq 12345")).json();
        assertThat(none.get("recognised").asBoolean(true)).isFalse();
        assertThat(none.get("added")).isEmpty();
        JsonNode read = APP.http().postJson("/api/sessions/" + id + "/facts",
                Map.of("errorText", "java.net.UnknownHostException: fpdk.example.gov.cn")).json();
        assertThat(read.get("recognised").asBoolean(false)).isTrue();
        assertThat(read.get("id").asText()).isEqualTo(id);
        JsonNode factsOnly = APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("facts", Map.of("net.dns.resolves", "no"))).json();
        assertThat(factsOnly.has("recognised")).isFalse();
    }

    @Test
    void a_description_given_at_the_start_becomes_facts_quoting_its_words() {
        JsonNode s = APP.http().postJson("/api/sessions", Map.of("audience", "customer", "lang", "zh",
                "description", "只有我这台电脑开票报服务器异常，但是别的网站都能打开。网口灯不亮。")).json();
        Map<String, JsonNode> facts = new java.util.HashMap<>();
        s.get("facts").forEach(f -> facts.put(f.get("id").asText(), f));
        assertThat(facts.get("scope.other-pcs-fail").get("value").asText()).isEqualTo("no");
        assertThat(facts.get("net.other-sites-work").get("value").asText()).isEqualTo("yes");
        assertThat(facts.get("net.link-light").get("value").asText()).isEqualTo("off");
        assertThat(facts.values()).allSatisfy(f -> assertThat(f.get("source").asText()).isEqualTo("description"));
        assertThat(facts.get("net.other-sites-work").get("detail").asText()).isEqualTo("“但是别的网站都能打开”");
    }

    @Test
    void the_cause_a_description_reads_like_is_shown_by_its_title_not_its_id() {
        JsonNode s = APP.http().postJson("/api/sessions", Map.of("audience", "customer", "lang", "en",
                "description", "the DNS cannot resolve the invoice server's name")).json();
        JsonNode resembles = null;
        for (JsonNode f : s.get("facts")) {
            if (f.get("id").asText().equals("text.resembles-1")) {
                resembles = f;
            }
        }
        assertThat(resembles).isNotNull();
        assertThat(resembles.get("value").asText()).isEqualTo("network.config.dns");
        assertThat(resembles.get("label").asText()).isEqualTo("DNS misconfigured or failing");
    }

    @Test
    void a_description_added_later_is_read_and_an_error_message_inside_it_too() {
        String id = newSession("helpdesk", "en").get("id").asText();
        JsonNode s = APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("description",
                "The caller says other websites don't load. The client showed java.net.UnknownHostException: fp.example")).json();
        Map<String, String> sources = new java.util.HashMap<>();
        s.get("facts").forEach(f -> sources.put(f.get("id").asText() + "=" + f.get("value").asText(), f.get("source").asText()));
        assertThat(sources).containsEntry("net.other-sites-work=no", "description").containsEntry("net.dns.resolves=no", "errorText");
        assertThat(APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("description", "x".repeat(30_000))).status())
                .isEqualTo(413);
    }

    @Test
    void a_fact_that_does_not_fit_is_422_and_a_long_error_text_413() {
        String id = newSession("customer", "en").get("id").asText();
        assertThat(APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("facts", Map.of("net.dns.resolves", "perhaps"))).status())
                .isEqualTo(422);
        assertThat(APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("facts", Map.of("no.such.fact", "yes"))).status())
                .isEqualTo(422);
        assertThat(APP.http().postJson("/api/sessions/" + id + "/facts", Map.of("errorText", "x".repeat(30_000))).status()).isEqualTo(413);
    }

    @Test
    void notes_are_kept_and_too_long_notes_are_413() {
        String id = newSession("helpdesk", "zh").get("id").asText();
        assertThat(APP.http().postJson("/api/sessions/" + id + "/notes", Map.of("notes", "来电:张会计")).json().get("notes").asText())
                .isEqualTo("来电:张会计");
        assertThat(APP.http().postJson("/api/sessions/" + id + "/notes", Map.of("notes", "长".repeat(12_000))).status()).isEqualTo(413);
    }

    @Test
    void concurrent_answers_to_one_session_are_all_kept() throws Exception {
        String id = newSession("helpdesk", "en").get("id").asText();
        List<String> questions = List.of("other-sites-work", "link-light", "other-pcs-fail", "busy-hours", "dns-resolves",
                "recent-update", "ping-latency");
        ExecutorService pool = Executors.newFixedThreadPool(questions.size());
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (String q : questions) {
                replies.add(pool.submit(() -> APP.http().postJson("/api/sessions/" + id + "/answers", Map.of("question", q, "answer", "unknown"))));
            }
            for (Future<Http.Reply> f : replies) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> answered = new ArrayList<>();
        APP.http().get("/api/sessions/" + id).json().get("answers").forEach(a -> answered.add(a.get("question").asText()));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(questions);
    }

    @Test
    void an_answer_in_the_persons_own_words_is_kept_and_read_into_facts() {
        var kb = com.invoicedoctor.Fixture.product();
        try (WebApp app = Assembly.start(kb, WebFixture.settings(), WebFixture.dnsOutage())) {
            Http http = new Http(app.port());
            JsonNode s = http.postJson("/api/sessions", Map.of("audience", "customer", "lang", "zh",
                    "description", "开票一直提示服务器异常")).json();
            assertThat(s.path("question").path("id").asText()).isEqualTo("tell-more");
            assertThat(s.path("question").path("kind").asText()).isEqualTo("text");
            JsonNode after = http.postJson("/api/sessions/" + s.path("id").asText() + "/answers", Map.of("question", "tell-more",
                    "answer", "别的网站都能打开，只有我这台电脑不行。")).json();
            Map<String, String> facts = new java.util.HashMap<>();
            after.path("facts").forEach(f -> facts.put(f.path("id").asText() + "=" + f.path("value").asText(), f.path("source").asText()));
            assertThat(facts).containsEntry("net.other-sites-work=yes", "description");
            assertThat(after.path("answers").toString()).contains("只有我这台电脑不行");
            assertThat(http.postJson("/api/sessions/" + s.path("id").asText() + "/answers", Map.of("question", "tell-more",
                    "answer", "x".repeat(30_000))).status()).isEqualTo(413);
        }
    }
}
