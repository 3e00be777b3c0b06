package com.invoicedoctor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database settings themselves; where they are read from is in cli.ServeSettingsTest. */
class DatabaseSettingsTest {
    @Test
    void the_password_is_never_in_the_text_that_gets_logged() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db/x", "app", "s3cret-pw", 4).toString())
                .contains("jdbc:postgresql://db/x").contains("app").doesNotContain("s3cret-pw");
    }

    @Test
    void a_pool_size_out_of_range_is_refused() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", null, null, 0)).hasMessageContaining("between 1 and 1000");
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
