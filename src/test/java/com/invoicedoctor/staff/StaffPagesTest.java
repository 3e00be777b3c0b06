package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.session.Snapshot;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffPagesTest {
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
    void every_staff_page_renders_for_an_administrator_in_both_languages() throws Exception {
        StaffServer.Signed admin = server.signIn("admin");
        Snapshot s = server.sessions.start(Audience.customer, Lang.zh);
        String id = s.session().id();
        server.helpdesk.recorderQueue().flush(); // the case is recorded off the request, as in the app
        server.helpdesk.notes().add(id, "admin", "<script>alert(1)</script>");
        for (String lang : new String[] {"zh", "en"}) {
            for (String page : new String[] {"/staff/cases", "/staff/cases/" + id, "/staff/dashboard", "/staff/incidents",
                    "/staff/knowledge", "/staff/priors", "/staff/users", "/staff/account"}) {
                Http.Answer a = admin.http().get(page + "?lang=" + lang);
                assertThat(a.status()).as(page).isEqualTo(200);
                assertThat(a.body()).as(page).doesNotContain("??").doesNotContain("<script>alert");
            }
        }
        assertThat(admin.http().get("/staff/dashboard").body()).contains("<svg");
        assertThat(admin.http().get("/staff/cases/" + id).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void an_agent_closes_a_case_with_its_cause_and_the_priors_learn_from_it() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        Snapshot s = server.sessions.start(Audience.customer, Lang.zh);
        String id = s.session().id();
        int before = server.live.get().priorVersion();
        Http.Answer confirmed = agent.http().postForm("/staff/cases/" + id + "/confirm",
                Map.of("cause", "server.database", "step", "server.database.repair", "_csrf", agent.csrf()));
        assertThat(confirmed.status()).isEqualTo(303);
        var record = server.helpdesk.cases().get(id);
        assertThat(record.confirmedCause()).isEqualTo("server.database");
        assertThat(record.fixedStep()).isEqualTo("server.database.repair");
        assertThat(record.status().name()).isEqualTo("resolved");
        assertThat(server.live.get().priorVersion()).isEqualTo(before + 1);
        Http.Answer wrong = agent.http().postJson("/api/staff/cases/" + id + "/confirm", "{\"cause\":\"server.nope\"}", agent.csrf());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("server.nope");
    }

    @Test
    void an_invalid_reload_is_refused_over_http_and_the_running_version_keeps_serving() throws Exception {
        StaffServer.Signed editor = server.signIn("editor");
        var drl = server.rulesDir.resolve("causes.drl");
        String good = Files.readString(drl);
        try {
            Files.writeString(drl, "\nrule \"half\" when Observation( then end\n", StandardOpenOption.APPEND);
            Http.Answer refused = editor.http().postJson("/api/staff/knowledge/reload", "{}", editor.csrf());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("keeps serving").contains("causes.drl");
            Http.Answer page = editor.http().postForm("/staff/knowledge/reload", Map.of("_csrf", editor.csrf()));
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.body()).contains("causes.drl");
            assertThat(editor.http().get("/api/staff/knowledge").body()).contains("\"version\":\"fixture.1\"");
        } finally {
            Files.writeString(drl, good);
        }
        Http.Answer checked = editor.http().postJson("/api/staff/knowledge/check", "{}", editor.csrf());
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("\"candidateVersion\":\"fixture.1\"");
    }

    @Test
    void cases_export_as_csv_and_json() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        Snapshot s = server.sessions.start(Audience.customer, Lang.zh);
        String empty = server.sessions.start(Audience.customer, Lang.zh).session().id(); // picked a role, nothing more
        server.sessions.answer(s.session().id(), s.turn().question().id(), "unknown", null);
        server.helpdesk.recorderQueue().flush();
        Http.Answer csv = agent.http().get("/api/staff/cases/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("session,code,status").contains(s.session().id());
        Http.Answer json = agent.http().get("/api/staff/cases?status=open&limit=500");
        assertThat(server.mapper.readTree(json.body()).get("cases").toString()).contains(s.session().id()).doesNotContain(empty);
        assertThat(csv.body()).doesNotContain(empty);
        assertThat(agent.http().get("/api/staff/cases?from=yesterday").status()).isEqualTo(422);
    }

    @Test
    void the_agent_sees_the_pasted_words_escaped_and_the_steps_with_what_was_tried_and_when() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        String pasted = "服务器异常：网络连接失败 <img src=x onerror=alert(1)>\n第二行";
        Snapshot s = server.sessions.startDescribed(Audience.customer, Lang.zh, pasted);
        String id = s.session().id();
        server.sessions.errorText(id, "ERROR@95 网络通信错误", null);
        server.sessions.repair(id, "server.database.report", "failed", null);
        server.sessions.repair(id, "server.database.repair", "fixed", null);
        server.helpdesk.recorderQueue().flush();

        var json = server.mapper.readTree(agent.http().get("/api/staff/cases/" + id + "?lang=zh").body());
        assertThat(json.at("/texts/0/text").asText()).isEqualTo(pasted);
        assertThat(json.at("/texts/0/kind").asText()).isEqualTo("description");
        assertThat(json.at("/texts/1/kind").asText()).isEqualTo("error-text");
        assertThat(json.at("/texts/1/text").asText()).isEqualTo("ERROR@95 网络通信错误");
        var steps = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        json.get("steps").forEach(step -> steps.put(step.get("id").asText(), step));
        assertThat(steps.get("server.database.report").at("/reports/0/outcome").asText()).isEqualTo("failed");
        assertThat(steps.get("server.database.repair").get("outcome").asText()).isEqualTo("fixed");
        assertThat(java.time.Instant.parse(steps.get("server.database.repair").at("/reports/0/at").asText()))
                .isBetween(s.session().created(), java.time.Instant.now());
        assertThat(json.get("presetStep").asText()).isEqualTo("server.database.repair");
        assertThat(json.get("presetCause").asText()).isEqualTo("server.database");
        String page = agent.http().get("/staff/cases/" + id + "?lang=zh").body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(page).contains("没有用").contains("解决了问题");
        assertThat(page).containsPattern("value=\"server\\.database\\.repair\"[^>]*checked");
        assertThat(page).contains("Asia/Shanghai");
    }

    @Test
    void a_step_searched_among_all_closes_the_case_when_none_of_the_case_steps_fixed_it() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        String id = server.sessions.start(Audience.customer, Lang.zh).session().id();
        Http.Answer confirmed = agent.http().postForm("/staff/cases/" + id + "/confirm", Map.of("cause", "server.database",
                "step", "other", "otherStep", "server.database.report", "_csrf", agent.csrf()));
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(server.helpdesk.cases().get(id).fixedStep()).isEqualTo("server.database.report");
        Http.Answer empty = agent.http().postForm("/staff/cases/" + id + "/confirm", Map.of("cause", "server.database",
                "step", "other", "otherStep", " ", "_csrf", agent.csrf()));
        assertThat(empty.status()).isEqualTo(400);
    }
}
