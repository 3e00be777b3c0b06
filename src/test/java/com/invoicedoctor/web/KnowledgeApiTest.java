package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /health, GET /api/causes and POST /api/diagnose through a real server. */
class KnowledgeApiTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    @Test
    void health_is_up_with_the_knowledge_version() {
        Http.Reply r = APP.http().get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
        assertThat(r.json().get("knowledgeVersion").asText()).isEqualTo("web-test.1");
        assertThat(r.header("Date")).isNotBlank();
    }

    @Test
    void causes_are_listed_with_id_family_title_and_source_in_the_asked_language() {
        JsonNode en = APP.http().get("/api/causes?lang=en").json();
        JsonNode zh = APP.http().get("/api/causes?lang=zh").json();
        assertThat(en).hasSize(5);
        JsonNode first = en.get(0);
        assertThat(first.get("id").asText()).isEqualTo("network.config.dns");
        assertThat(first.get("family").asText()).isEqualTo("network");
        assertThat(first.get("source").asText()).isEqualTo("article");
        assertThat(first.get("title").asText()).isEqualTo("DNS misconfigured or failing");
        assertThat(zh.get(0).get("title").asText()).isEqualTo("DNS 设置错误或故障");
    }

    @Test
    void causes_follow_accept_language_when_no_lang_is_given() {
        assertThat(APP.http().get("/api/causes", "Accept-Language", "en-US,en;q=0.8").json().get(0).get("title").asText())
                .isEqualTo("DNS misconfigured or failing");
        assertThat(APP.http().get("/api/causes", "Accept-Language", "fr").json().get(0).get("title").asText())
                .isEqualTo("DNS 设置错误或故障");
    }

    @Test
    void diagnose_ranks_causes_from_facts() {
        JsonNode r = APP.http().postJson("/api/diagnose", Map.of("facts", Map.of("net.other-sites-work", "no",
                "net.link-light", "off"), "lang", "en")).json();
        JsonNode top = r.get("diagnoses").get(0);
        assertThat(top.get("cause").asText()).isEqualTo("network.hardware.device");
        assertThat(top.get("confidence").asDouble()).isGreaterThan(0.8);
        assertThat(top.get("title").asText()).isEqualTo("Router, switch or cable fault");
        assertThat(top.get("solutions")).isNotEmpty();
        assertThat(top.get("because")).isNotEmpty();
        double previous = 1;
        for (JsonNode d : r.get("diagnoses")) {
            assertThat(d.get("confidence").asDouble()).isLessThanOrEqualTo(previous);
            previous = d.get("confidence").asDouble();
        }
    }

    @Test
    void diagnose_reads_an_error_text_and_combines_it_with_facts() {
        JsonNode r = APP.http().postJson("/api/diagnose", Map.of("errorText", "curl: (6) Could not resolve host: fpdk.example",
                "facts", Map.of("net.other-sites-work", "yes"))).json();
        assertThat(r.get("diagnoses").get(0).get("cause").asText()).isEqualTo("network.config.dns");
        assertThat(r.get("facts")).hasSize(2);
    }

    @Test
    void diagnose_needs_facts_or_an_error_text() {
        Http.Reply r = APP.http().post("/api/diagnose", "{}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("facts").contains("errorText");
    }

    @Test
    void diagnose_refuses_facts_that_do_not_fit() {
        Http.Reply r = APP.http().postJson("/api/diagnose", Map.of("facts", Map.of("net.link-light", "blinking")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).contains("blinking").contains("on, off");
        assertThat(APP.http().postJson("/api/diagnose", Map.of("facts", Map.of("net.link-light", true))).status()).isEqualTo(422);
    }

    @Test
    void an_unknown_api_path_is_a_json_404_and_never_a_500() {
        Http.Reply r = APP.http().get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("error").asText()).isNotBlank();
        assertThat(APP.http().get("/api/sessions/%25zz").status()).isEqualTo(404);
    }
}
