package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.session.Snapshot;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffAccessTest {
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
    void every_staff_page_and_staff_api_refuses_anonymous_access() {
        List<RouteTable.Route> staff = server.routes().stream().filter(e -> e.path().startsWith("/staff")
                || e.path().startsWith("/api/staff")).filter(e -> !e.path().endsWith("/login")).toList();
        assertThat(staff).hasSizeGreaterThan(30);
        Http anonymous = new Http(server.app.port());
        for (RouteTable.Route e : staff) {
            assertThat(e.access()).as(e.toString()).isNotEqualTo(RouteTable.ANYONE);
            String path = e.path().replaceAll("\\{[^}]+}", "x1");
            Http.Answer a = e.method() == HandlerType.GET ? anonymous.get(path) : anonymous.postForm(path, Map.of());
            if (path.startsWith("/api/")) {
                assertThat(a.status()).as(e.method() + " " + path).isEqualTo(401);
                assertThat(a.body()).as(path).contains("\"error\"");
            } else {
                assertThat(a.status()).as(e.method() + " " + path).isEqualTo(302);
                assertThat(a.header("Location")).as(path).startsWith("/staff/login");
            }
        }
    }

    @Test
    void a_state_changing_request_without_the_csrf_token_is_refused() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        String id = session();
        assertThat(agent.http().postJson("/api/staff/cases/" + id + "/notes", "{\"text\":\"hi\"}", null).status()).isEqualTo(403);
        assertThat(agent.http().postJson("/api/staff/cases/" + id + "/notes", "{\"text\":\"hi\"}", "wrong").status()).isEqualTo(403);
        assertThat(agent.http().postJson("/api/staff/cases/" + id + "/notes", "{\"text\":\"hi\"}", agent.csrf()).status()).isEqualTo(201);
        assertThat(agent.http().postForm("/staff/cases/" + id + "/notes", Map.of("text", "form")).status()).isEqualTo(403);
        Http.Answer ok = agent.http().postForm("/staff/cases/" + id + "/notes", Map.of("text", "form", "_csrf", agent.csrf()));
        assertThat(ok.status()).isEqualTo(303);
        assertThat(server.helpdesk.notes().of(id)).extracting(n -> n.text()).containsExactly("hi", "form");
    }

    @Test
    void the_sign_in_form_needs_its_own_token_and_then_sets_a_cookie_that_sign_out_ends() {
        Http browser = new Http(server.app.port());
        Map<String, String> form = Map.of("username", "agent", "password", StaffServer.PASSWORD);
        assertThat(browser.postForm("/staff/login", form).status()).isEqualTo(403);
        Http.Answer page = browser.get("/staff/login?next=/staff/dashboard");
        assertThat(page.status()).isEqualTo(200);
        String pre = browser.cookie(StaffAuth.PRE_COOKIE);
        Http.Answer wrong = browser.postForm("/staff/login", Map.of("username", "agent", "password", "not it at all", "_csrf", pre));
        assertThat(wrong.status()).isEqualTo(401);
        Http.Answer signed = browser.postForm("/staff/login", Map.of("username", "agent", "password", StaffServer.PASSWORD,
                "_csrf", pre, "next", "/staff/dashboard"));
        assertThat(signed.status()).isEqualTo(303);
        assertThat(signed.header("Location")).isEqualTo("/staff/dashboard");
        assertThat(signed.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(browser.get("/api/staff/me").status()).isEqualTo(200);
        Http.Answer me = browser.get("/api/staff/me");
        String csrf = me.body().replaceAll(".*\"csrf\":\"([^\"]+)\".*", "$1");
        assertThat(browser.postForm("/staff/logout", Map.of("_csrf", csrf)).status()).isEqualTo(303);
        assertThat(browser.get("/api/staff/me").status()).isEqualTo(401);
    }

    @Test
    void after_sign_in_only_a_staff_path_is_a_place_to_go() {
        assertThat(SignInRoutes.safeNext("//evil.example/")).isEqualTo("/staff/cases");
        assertThat(SignInRoutes.safeNext("https://evil.example/")).isEqualTo("/staff/cases");
        assertThat(SignInRoutes.safeNext("/staff/cases/abc")).isEqualTo("/staff/cases/abc");
    }

    @Test
    void an_agent_may_not_reload_knowledge_reset_priors_or_manage_accounts() throws Exception {
        StaffServer.Signed agent = server.signIn("agent");
        assertThat(agent.http().postJson("/api/staff/knowledge/reload", "{}", agent.csrf()).status()).isEqualTo(403);
        assertThat(agent.http().postJson("/api/staff/priors/reset", "{}", agent.csrf()).status()).isEqualTo(403);
        assertThat(agent.http().get("/api/staff/users").status()).isEqualTo(403);
        assertThat(agent.http().get("/staff/users").status()).isEqualTo(403);
        StaffServer.Signed editor = server.signIn("editor");
        assertThat(editor.http().get("/api/staff/knowledge").status()).isEqualTo(200);
        assertThat(editor.http().get("/api/staff/users").status()).isEqualTo(403);
    }

    @Test
    void the_route_table_refuses_an_agent_every_route_it_declares_for_editors_or_administrators() throws Exception {
        List<RouteTable.Route> stronger = server.routes().stream()
                .filter(r -> r.access() == StaffAccess.EDITOR || r.access() == StaffAccess.ADMIN).toList();
        assertThat(stronger).extracting(RouteTable.Route::toString)
                .contains("POST /api/staff/knowledge/reload (staff role editor)", "GET /staff/users (staff role admin)");
        StaffServer.Signed agent = server.signIn("agent");
        for (RouteTable.Route r : stronger) {
            String path = r.path().replaceAll("\\{[^}]+}", "agent");
            Http.Answer a = r.method() == HandlerType.GET ? agent.http().get(path)
                    : path.startsWith("/api/") ? agent.http().postJson(path, "{}", agent.csrf())
                    : agent.http().postForm(path, Map.of("_csrf", agent.csrf()));
            assertThat(a.status()).as(r.toString()).isEqualTo(403);
        }
    }

    @Test
    void a_customer_cannot_read_another_customers_session_through_the_helpdesk_side() {
        String other = session();
        String code = server.helpdesk.cases().handOff(other);
        Http customer = new Http(server.app.port());
        assertThat(customer.get("/api/staff/cases/" + other).status()).isEqualTo(401);
        assertThat(customer.get("/api/staff/cases/by-code/" + code).status()).isEqualTo(401);
        assertThat(customer.get("/api/staff/cases?q=" + code).status()).isEqualTo(401);
        assertThat(customer.postJson("/api/sessions/AAAAAAAAAAAAAAAAAAAAAA/handoff", "{}", null).status()).isEqualTo(404);
        assertThat(customer.get("/s/" + code + "/handoff").status()).isEqualTo(404);
    }

    private static String session() {
        Snapshot s = server.sessions.start(Audience.customer, Lang.zh);
        server.helpdesk.recorderQueue().flush(); // its case is recorded off the request, as in the app
        return s.session().id();
    }
}
