package com.invoicedoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.session.Snapshot;
import com.invoicedoctor.staff.Http;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.StaffAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two app instances on two ports against one real PostgreSQL: any instance serves any request, and concurrent
 * changes through both lose nothing.
 */
@Tag("slow")
class PostgresInstancesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedPostgres pg;
    private static String url;
    private static WebApp a;
    private static WebApp b;
    private static final KnowledgeBase KB = Fixture.fixture();
    private static final KnowledgeSource SOURCE = new KnowledgeSource(Fixture.FIXTURE_KB, Fixture.FIXTURE_RULES);

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        url = pg.getJdbcUrl("postgres", "postgres");
        // the user travels beside the URL, not in it, as the docs advise; each instance has its own small pool
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres",
                "postgres", null, 6);
        a = Assembly.start(KB, SOURCE, new Settings(0, settings, ProbeTargets.none()), null);
        b = Assembly.start(KB, SOURCE, new Settings(0, settings, ProbeTargets.none()), null);
        try (Database db = Database.open(url)) {
            new StaffAccounts(db, new Passwords(4)).create("agent", "Agent", Role.agent, "pg agent password");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static JsonNode json(Http.Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body());
    }

    @Test
    void wrong_passwords_sent_to_both_instances_at_once_are_counted_together() throws Exception {
        try (Database db = Database.open(url)) {
            new StaffAccounts(db, new Passwords(4)).create("guessed", "Guessed", Role.agent, "pg right password");
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int port = i % 2 == 0 ? a.port() : b.port();
                sent.add(pool.submit(() -> {
                    go.await();
                    return new Http(port).postJson("/api/staff/login",
                            "{\"username\":\"guessed\",\"password\":\"pg wrong password\"}", null).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(401, 429).filteredOn(s -> s == 401).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new Http(b.port()).postJson("/api/staff/login",
                "{\"username\":\"guessed\",\"password\":\"pg right password\"}", null).status()).isEqualTo(429);
    }

    @Test
    void a_session_started_on_one_instance_is_answered_on_the_other() throws Exception {
        JsonNode started = json(new Http(a.port()).postJson("/api/sessions", "{\"audience\":\"helpdesk\",\"lang\":\"en\"}", null));
        String id = started.get("id").asText();
        String question = started.at("/question/id").asText();
        JsonNode answered = json(new Http(b.port()).postJson("/api/sessions/" + id + "/answers",
                "{\"question\":\"" + question + "\",\"answer\":\"unknown\"}", null));
        assertThat(answered.get("id").asText()).isEqualTo(id);
        assertThat(new Http(a.port()).get("/api/sessions/" + id).body()).contains(question);
    }

    @Test
    void concurrent_answers_to_one_session_through_both_instances_lose_nothing() throws Exception {
        String id = json(new Http(a.port()).postJson("/api/sessions", "{\"audience\":\"helpdesk\",\"lang\":\"en\"}", null))
                .get("id").asText();
        List<Question> questions = KB.questions();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                WebApp target = i % 2 == 0 ? a : b;
                String q = questions.get(i).id();
                sent.add(pool.submit(() -> new Http(target.port()).postJson("/api/sessions/" + id + "/answers",
                        "{\"question\":\"" + q + "\",\"answer\":\"unknown\"}", null).status()));
            }
            for (Future<Integer> f : sent) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        String body = new Http(b.port()).get("/api/sessions/" + id).body();
        for (Question q : questions) {
            assertThat(body).contains("\"" + q.id() + "\"");
        }
    }

    @Test
    void a_staff_sign_in_and_a_hand_off_code_work_on_either_instance() throws Exception {
        String id = json(new Http(a.port()).postJson("/api/sessions", "{\"audience\":\"customer\",\"lang\":\"zh\"}", null))
                .get("id").asText();
        String code = json(new Http(a.port()).postJson("/api/sessions/" + id + "/handoff", "{}", null)).get("code").asText();
        Http agent = new Http(a.port());
        json(agent.postJson("/api/staff/login", "{\"username\":\"agent\",\"password\":\"pg agent password\"}", null));
        Http onB = new Http(b.port());
        String cookie = agent.cookie("staff");
        assertThat(cookie).isNotNull();
        Http.Answer opened = onB.withCookie("staff", cookie).get("/api/staff/cases/by-code/" + code);
        assertThat(JSON.readTree(opened.body()).at("/record/sessionId").asText()).isEqualTo(id);
    }

    @Test
    void case_lists_notes_exports_and_incidents_work_on_postgresql() {
        try (Database db = Database.open(url)) {
            CaseStore cases = new CaseStore(db);
            Incidents incidents = new Incidents(db, IncidentPolicy.defaults());
            for (int i = 0; i < IncidentPolicy.defaults().threshold(); i++) {
                cases.observe(new SessionOutcome("pg-incident-" + i, "customer", "zh", "confident", "server.hardware.storage",
                        "server", 0.9, 3, "https://fapiao.example/", i % 2 == 0, null, false, "fixture.1", 0, 1, java.time.Instant.now()));
            }
            assertThat(incidents.scan(java.time.Instant.now())).anySatisfy(i -> assertThat(i.subject()).isEqualTo("server.hardware.storage"));
            assertThat(incidents.cases(incidents.open().stream().filter(i -> i.kind().equals("cause")).findFirst().orElseThrow()))
                    .hasSize(IncidentPolicy.defaults().threshold());
            new CaseNotes(db).add("pg-incident-0", "agent", "disk_full at 100%");
            cases.setStatus("pg-incident-1", CaseStatus.escalated);
            cases.assign("pg-incident-1", "agent");
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            assertThat(cases.list(new CaseQuery(null, null, null, null, null, "k%full", 50, 0))).isEmpty();
            assertThat(cases.list(new CaseQuery(null, null, null, null, null, "k_full at 100%", 50, 0)))
                    .extracting(CaseRecord::sessionId).containsExactly("pg-incident-0");
            assertThat(cases.list(new CaseQuery(CaseStatus.escalated, "server.", "agent", today, today, null, 50, 0)))
                    .extracting(CaseRecord::sessionId).containsExactly("pg-incident-1");
            assertThat(CaseExport.csv(cases.list(CaseQuery.all()),
                    new CaseExport.Sheet(com.invoicedoctor.Fixture.fixture(), com.invoicedoctor.knowledge.Lang.en, java.time.ZoneOffset.UTC))).contains("pg-incident-1");
            assertThat(new Dashboard(db).stats(today, 7).total()).isGreaterThanOrEqualTo(IncidentPolicy.defaults().threshold());
        }
    }

    @Test
    void confirmations_on_both_instances_at_once_are_all_learned() throws Exception {
        try (CasesFixture one = CasesFixture.at(url); CasesFixture two = CasesFixture.at(url)) {
            CaseStore cases = new CaseStore(one.db);
            CaseRecorder recorder = new CaseRecorder(cases, one.live, new Incidents(one.db, IncidentPolicy.defaults()));
            int before = new Learning(one.db).latest().cases();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Snapshot s = one.sessions.start(Audience.customer, Lang.en);
                recorder.accept(s);
                ids.add(s.session().id());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    CasesFixture side = i % 2 == 0 ? one : two;
                    String id = ids.get(i);
                    done.add(pool.submit(() -> new Learning(side.db).confirm(side.live.get().kb(), id,
                            new Learning.Confirmation("server.software", null, "agent",
                                    side.sessions.get(id, null).session().state(), "server.software"))));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(new Learning(two.db).latest().cases()).isEqualTo(before + 8);
            two.live.refresh();
            assertThat(two.live.get().priorVersion()).isEqualTo(new Learning(one.db).latest().version());
        }
    }
}
