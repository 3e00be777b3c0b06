package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.db.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions live in the database file: a session started before a restart continues after it. An in-memory database
 * lasts as long as the process.
 */
class RestartTest {

    @Test
    void a_session_started_before_a_restart_continues_after_it(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("sessions").toAbsolutePath();
        Settings settings = new Settings(0, db, WebFixture.endpoints());
        String id;
        String next;
        try (WebApp first = Assembly.start(WebFixture.kb(), settings, null)) {
            Http http = new Http(first.port());
            id = http.postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json().get("id").asText();
            http.postJson("/api/sessions/" + id + "/notes", Map.of("notes", "before the restart"));
            next = http.postJson("/api/sessions/" + id + "/answers", Map.of("question", "other-sites-work", "answer", "no"))
                    .json().get("question").get("id").asText();
        }
        try (WebApp second = Assembly.start(WebFixture.kb(), settings, null)) {
            Http http = new Http(second.port());
            JsonNode s = http.get("/api/sessions/" + id).json();
            assertThat(s.get("answers").get(0).get("question").asText()).isEqualTo("other-sites-work");
            assertThat(s.get("answers").get(0).get("answer").asText()).isEqualTo("no");
            assertThat(s.get("notes").asText()).isEqualTo("before the restart");
            assertThat(s.get("question").get("id").asText()).isEqualTo(next);
            JsonNode after = http.postJson("/api/sessions/" + id + "/answers", Map.of("question", next, "answer", "unknown")).json();
            assertThat(after.get("answers")).hasSize(2);
            assertThat(after.get("answers").get(1).get("question").asText()).isEqualTo(next);
        }
    }

    @Test
    void a_case_a_crash_left_unrecorded_is_recorded_on_the_next_start(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("sessions").toAbsolutePath();
        Settings settings = new Settings(0, db, WebFixture.endpoints());
        String id;
        try (WebApp first = Assembly.start(WebFixture.kb(), settings, null)) {
            id = new Http(first.port()).postJson("/api/sessions", Map.of("audience", "helpdesk", "lang", "en")).json()
                    .get("id").asText();
        }
        // as if the process had died before the case recorder's thread got to it
        try (Database jdbc = Database.open(db)) {
            jdbc.with(c -> c.createStatement().executeUpdate("DELETE FROM cases"));
        }
        try (WebApp second = Assembly.start(WebFixture.kb(), settings, null)) {
            assertThat(second.port()).isPositive();
        }
        try (Database jdbc = Database.open(db)) {
            assertThat(new CaseStore(jdbc).find(id)).isPresent();
            assertThat(new CaseStore(jdbc).sessionsBehind()).isEmpty();
        }
    }

    @Test
    void an_in_memory_database_named_without_options_lasts_as_long_as_the_server() {
        String db = "jdbc:h2:mem:plain-" + java.util.UUID.randomUUID();
        try (WebApp app = Assembly.start(WebFixture.kb(), new Settings(0, db, WebFixture.endpoints()), null)) {
            Http http = new Http(app.port());
            String id = http.postJson("/api/sessions", Map.of("audience", "customer", "lang", "zh")).json().get("id").asText();
            assertThat(http.get("/api/sessions/" + id).status()).isEqualTo(200);
        }
    }
}
