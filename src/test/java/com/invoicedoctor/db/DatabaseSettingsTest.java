package com.invoicedoctor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void without_any_setting_it_is_the_embedded_file_database_with_the_default_pool() {
        DatabaseSettings s = DatabaseSettings.resolve(null, null, null, Map.of());
        assertThat(s).isEqualTo(new DatabaseSettings(Database.DEFAULT_URL, null, null, DatabaseSettings.DEFAULT_POOL_SIZE));
    }

    @Test
    void the_command_line_beats_the_environment_which_beats_the_config_file() throws IOException {
        Path file = tmp.resolve("db.properties");
        Files.writeString(file, "db.url=jdbc:postgresql://db/file\ndb.user=file-user\ndb.password=file-secret\ndb.pool-size=5\n");
        assertThat(DatabaseSettings.resolve(null, null, file, Map.of()))
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db/file", "file-user", "file-secret", 5));
        Map<String, String> env = Map.of(DatabaseSettings.URL_ENV, "jdbc:postgresql://db/env", DatabaseSettings.USER_ENV, "env-user",
                DatabaseSettings.PASSWORD_ENV, "env-secret", DatabaseSettings.POOL_SIZE_ENV, "7",
                DatabaseSettings.CONFIG_ENV, file.toString());
        assertThat(DatabaseSettings.resolve(null, null, null, env))
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db/env", "env-user", "env-secret", 7));
        assertThat(DatabaseSettings.resolve("jdbc:postgresql://db/flag", 9, null, env))
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db/flag", "env-user", "env-secret", 9));
    }

    @Test
    void the_password_is_never_in_the_text_that_gets_logged() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db/x", "app", "s3cret-pw", 4).toString())
                .contains("jdbc:postgresql://db/x").contains("app").doesNotContain("s3cret-pw");
    }

    @Test
    void a_bad_pool_size_or_a_missing_config_file_is_refused_saying_which() {
        assertThatThrownBy(() -> DatabaseSettings.resolve(null, null, null, Map.of(DatabaseSettings.POOL_SIZE_ENV, "many")))
                .hasMessageContaining("pool size is not a whole number: 'many'");
        assertThatThrownBy(() -> DatabaseSettings.resolve(null, 0, null, Map.of())).hasMessageContaining("between 1 and 1000");
        assertThatThrownBy(() -> DatabaseSettings.resolve(null, null, tmp.resolve("missing.properties"), Map.of()))
                .hasMessageContaining("cannot read the database config file");
    }

    @Test
    void the_credentials_reach_the_database_beside_the_url_and_the_pool_has_the_size_asked() {
        String url = "jdbc:h2:mem:credentials-" + UUID.randomUUID();
        // H2 creates an in-memory database owned by the first user that connects
        try (Database db = Database.open(new DatabaseSettings(url, "app", "right-password", 3))) {
            assertThat(db.size()).isEqualTo(3);
            String user = db.read(c -> c.getMetaData().getUserName());
            assertThat(user).isEqualToIgnoringCase("app");
            assertThatThrownBy(() -> Database.open(new DatabaseSettings(url, "app", "wrong-password", 3)).close())
                    .isInstanceOf(DatabaseUnavailableException.class);
        }
    }
}
