package com.invoicedoctor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart skips Flyway only when the database's history is exactly the shipped migrations; every other history still
 * goes through Flyway, which migrates it or refuses it as before.
 */
class AppliedMigrationsTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private void migrated() {
        Database.open(url()).close();
    }

    private void change(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "", ""); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sql)).isEqualTo(1);
        }
    }

    @Test
    void a_new_database_goes_to_flyway_and_once_migrated_its_history_matches_the_jar() {
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isFalse();
        // asking a new database leaves no H2 trace file with an error beside it
        assertThat(dir.resolve("db.trace.db")).doesNotExist();
        migrated();
        // true only if every checksum worked out here equals the one Flyway stored
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isTrue();
        Database.open(url()).close();
    }

    @Test
    void an_edited_migration_is_still_refused_by_flyway() throws SQLException {
        migrated();
        change("update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1 where \"version\" = '101'");
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isFalse();
        assertThatThrownBy(() -> Database.open(url()).close()).isInstanceOf(DatabaseUnavailableException.class)
                .rootCause().hasMessageContaining("checksum mismatch for migration version 101");
    }

    @Test
    void a_shipped_migration_missing_from_the_history_is_still_refused_by_flyway() throws SQLException {
        migrated();
        change("delete from \"flyway_schema_history\" where \"version\" = '102'");
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isFalse();
        assertThatThrownBy(() -> Database.open(url()).close()).isInstanceOf(DatabaseUnavailableException.class)
                .rootCause().hasMessageContaining("resolved migration not applied to database: 102");
    }

    @Test
    void an_applied_migration_the_jar_does_not_ship_is_still_refused_by_flyway() throws SQLException {
        migrated();
        change("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'gone', 'SQL', 'V99__gone.sql',"
                + " 1, 'test', 1, true)");
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isFalse();
        assertThatThrownBy(() -> Database.open(url()).close()).isInstanceOf(DatabaseUnavailableException.class)
                .rootCause().hasMessageContaining("applied migration not resolved locally: 99");
    }

    @Test
    void a_failed_migration_in_the_history_goes_to_flyway() throws SQLException {
        migrated();
        change("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '104'");
        assertThat(AppliedMigrations.upToDate(url(), "", "")).isFalse();
    }

    @Test
    void the_checksum_ignores_line_breaks_and_a_byte_order_mark_but_not_the_text() throws Exception {
        int unix = AppliedMigrations.checksum(in("create table a (x int);\nselect 1;\n"));
        assertThat(AppliedMigrations.checksum(in("\uFEFFcreate table a (x int);\r\nselect 1;"))).isEqualTo(unix);
        assertThat(AppliedMigrations.checksum(in("create table a (x bigint);\nselect 1;\n"))).isNotEqualTo(unix);
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
