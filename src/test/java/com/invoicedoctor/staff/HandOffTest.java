package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.session.Snapshot;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HandOffTest {
    private static StaffServer server;

    @BeforeAll
    static void start() {
        server = new StaffServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_agent_continues_where_the_customer_stopped_without_asking_again() throws Exception {
        // the customer answers two questions, then gives up and asks for an agent
        Snapshot s = server.sessions.start(Audience.customer, Lang.zh);
        String id = s.session().id();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 2 && s.turn().question() != null; i++) {
            String q = s.turn().question().id();
            String value = s.turn().question().options().isEmpty() ? "unknown" : s.turn().question().options().get(0).value();
            s = server.sessions.answer(id, q, value, Lang.zh);
            answered.add(q);
        }
        Http customer = new Http(server.app.port());
        Http.Answer handOff = customer.postJson("/api/sessions/" + id + "/handoff", "{}", null);
        assertThat(handOff.status()).isEqualTo(200);
        String code = server.mapper.readTree(handOff.body()).get("code").asText();
        assertThat(code).as("digits only, easy to read out in Chinese").matches("[0-9]{8}");
        assertThat(customer.get("/s/" + id + "/handoff").body()).contains(code.substring(0, 4) + " " + code.substring(4));

        // the agent types the code as read out over the phone, and sees every answer
        StaffServer.Signed agent = server.signIn("agent");
        String spoken = code.substring(0, 4) + "-" + code.substring(4);
        Http.Answer opened = agent.http().get("/api/staff/cases/by-code/" + spoken + "?lang=en");
        assertThat(opened.status()).isEqualTo(200);
        JsonNode detail = server.mapper.readTree(opened.body());
        assertThat(detail.at("/record/sessionId").asText()).isEqualTo(id);
        assertThat(detail.at("/record/agent").isNull()).as("looking a case up assigns nobody").isTrue();
        Set<String> shown = new HashSet<>();
        detail.get("answers").forEach(a -> shown.add(a.get("question").asText()));
        assertThat(shown).isEqualTo(answered);
        // ... and the next question is never one the customer answered
        String next = detail.at("/question/id").asText();
        assertThat(next).isNotBlank().isNotIn(answered);

        // the agent answers it; the customer's own session has every answer, nothing asked twice
        Http.Answer after = agent.http().postJson("/api/staff/cases/" + id + "/answers",
                "{\"question\":\"" + next + "\",\"answer\":\"unknown\"}", agent.csrf());
        assertThat(after.status()).isEqualTo(200);
        JsonNode now = server.mapper.readTree(after.body());
        assertThat(now.get("answers")).hasSize(answered.size() + 1);
        if (!now.get("question").isNull()) {
            assertThat(now.at("/question/id").asText()).isNotIn(answered).isNotEqualTo(next);
        }
        assertThat(server.sessions.get(id, null).session().state().answers()).containsKeys(answered.toArray(String[]::new))
                .containsKey(next);
    }

    @Test
    void looking_a_case_up_by_its_code_assigns_nobody_and_taking_it_is_a_post_with_the_csrf_token() throws Exception {
        String id = server.sessions.start(Audience.customer, Lang.en).session().id();
        server.helpdesk.recorderQueue().flush();
        String code = server.helpdesk.cases().handOff(id);
        StaffServer.Signed agent = server.signIn("agent");

        assertThat(agent.http().get("/api/staff/cases/by-code/" + code).status()).isEqualTo(200);
        Http.Answer page = agent.http().get("/staff/cases/open?code=" + code);
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/staff/cases/" + id);
        assertThat(agent.http().get(page.header("Location")).body()).contains("/staff/cases/" + id + "/take");
        assertThat(server.helpdesk.cases().get(id).agent()).as("after the API and the page looked it up").isNull();

        assertThat(agent.http().postJson("/api/staff/cases/" + id + "/take", "{}", null).status()).isEqualTo(403);
        assertThat(agent.http().postForm("/staff/cases/" + id + "/take", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(server.helpdesk.cases().get(id).agent()).as("after takes without the CSRF token").isNull();

        Http.Answer taken = agent.http().postJson("/api/staff/cases/" + id + "/take", "{}", agent.csrf());
        assertThat(taken.status()).isEqualTo(200);
        assertThat(server.mapper.readTree(taken.body()).get("agent").asText()).isEqualTo("agent");
        StaffServer.Signed editor = server.signIn("editor");
        assertThat(editor.http().postForm("/staff/cases/" + id + "/take", java.util.Map.of("_csrf", editor.csrf())).status())
                .isEqualTo(303);
        assertThat(server.helpdesk.cases().get(id).agent()).isEqualTo("editor");
    }

    @Test
    void the_case_code_page_works_in_the_browser_flow() {
        Snapshot s = server.sessions.start(Audience.customer, Lang.en);
        Http customer = new Http(server.app.port());
        Http.Answer posted = customer.postForm("/s/" + s.session().id() + "/handoff", java.util.Map.of());
        assertThat(posted.status()).isEqualTo(303);
        Http.Answer page = customer.get(posted.header("Location") + "?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your case code").contains(server.helpdesk.cases().get(s.session().id()).code().substring(0, 3));
    }
}
