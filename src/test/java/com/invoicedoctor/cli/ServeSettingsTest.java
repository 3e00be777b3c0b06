package com.invoicedoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.app.SettingSources;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.db.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve's settings: from the command line, else the environment, else the config file, else the default. */
class ServeSettingsTest {
    @TempDir
    Path tmp;

    /** The settings serve would start with for these arguments, this environment (and the file they name). */
    private static Settings serve(Map<String, String> env, String... args) {
        ServeCommand command = new ServeCommand();
        CommandLine.ParseResult parsed = new CommandLine(command).parseArgs(args);
        return Settings.read(SettingSources.of(ServeCommand.flags(parsed), env,
                command.config != null ? command.config : command.database.config));
    }

    @Test
    void without_any_setting_every_value_is_its_default() {
        Settings s = serve(Map.of());
        assertThat(s.port()).isEqualTo(7070);
        assertThat(s.database()).isEqualTo(DatabaseSettings.of(com.invoicedoctor.db.Database.DEFAULT_URL));
        assertThat(s.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.staffZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(s.passwordCost()).isEqualTo(12);
        assertThat(s.adminPassword()).isNull();
        assertThat(s.endpoints().all()).isEmpty();
    }

    @Test
    void the_command_line_beats_the_environment_which_beats_the_config_file() throws IOException {
        Path file = tmp.resolve("invoice-doctor.properties");
        Files.writeString(file, """
                port = 7001
                idle-timeout = 61
                time-zone = UTC
                endpoint = platform:https://tax.example.cn/ own:gateway=http://10.0.0.5/invoice
                db.url = jdbc:postgresql://db/file
                db.user = file-user
                db.password = file-secret
                db.pool-size = 5
                admin-password = from the file, long
                """);
        Settings fromFile = serve(Map.of(), "--config", file.toString());
        assertThat(fromFile.port()).isEqualTo(7001);
        assertThat(fromFile.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(61));
        assertThat(fromFile.staffZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(fromFile.endpoints().all()).extracting(e -> e.id()).containsExactly("tax.example.cn", "gateway");
        assertThat(fromFile.database()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db/file", "file-user", "file-secret", 5));
        assertThat(fromFile.adminPassword()).isEqualTo("from the file, long");

        Map<String, String> env = Map.of("INVOICE_DOCTOR_PORT", "7002", "INVOICE_DOCTOR_IDLE_TIMEOUT", "62",
                "INVOICE_DOCTOR_DB_URL", "jdbc:postgresql://db/env", "INVOICE_DOCTOR_DB_PASSWORD", "env-secret",
                "INVOICE_DOCTOR_CONFIG", file.toString());
        Settings fromEnv = serve(env);
        assertThat(fromEnv.port()).isEqualTo(7002);
        assertThat(fromEnv.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(62));
        assertThat(fromEnv.staffZone()).as("not in the environment: the file's").isEqualTo(ZoneId.of("UTC"));
        assertThat(fromEnv.database()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db/env", "file-user", "env-secret", 5));

        Settings fromFlags = serve(env, "--port", "7003", "--db", "jdbc:postgresql://db/flag", "--db-pool-size", "9",
                "--endpoint", "https://one.example/", "--endpoint", "vendor:two=https://two.example/invoice?kind=a,b");
        assertThat(fromFlags.port()).isEqualTo(7003);
        assertThat(fromFlags.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(62));
        assertThat(fromFlags.database()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db/flag", "file-user", "env-secret", 9));
        assertThat(fromFlags.endpoints().all()).extracting(e -> e.id()).containsExactly("one.example", "two");
        assertThat(fromFlags.endpoints().all().get(1).uri()).hasToString("https://two.example/invoice?kind=a,b");
    }

    @Test
    void the_older_database_config_option_and_variable_still_name_the_file() throws IOException {
        Path file = tmp.resolve("db.properties");
        Files.writeString(file, "db.url=jdbc:postgresql://db/old\n");
        assertThat(serve(Map.of(), "--db-config", file.toString()).database().url()).isEqualTo("jdbc:postgresql://db/old");
        assertThat(serve(Map.of("INVOICE_DOCTOR_DB_CONFIG", file.toString())).database().url()).isEqualTo("jdbc:postgresql://db/old");
    }

    @Test
    void a_malformed_value_is_refused_saying_which_setting_and_where_it_came_from() throws IOException {
        Path file = tmp.resolve("bad.properties");
        Files.writeString(file, "time-zone = Mars/Olympus\n");
        assertThatThrownBy(() -> serve(Map.of("INVOICE_DOCTOR_DB_POOL_SIZE", "many")))
                .hasMessageContaining("$INVOICE_DOCTOR_DB_POOL_SIZE: 'many' is not a whole number");
        assertThatThrownBy(() -> serve(Map.of(), "--config", file.toString()))
                .hasMessageContaining("time-zone in " + file).hasMessageContaining("'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> serve(Map.of(), "--endpoint", "ftp://files.example/")).hasMessageStartingWith("--endpoint: ");
        assertThatThrownBy(() -> serve(Map.of(), "--config", tmp.resolve("missing.properties").toString()))
                .hasMessageContaining("cannot read the config file");
        assertThatThrownBy(() -> serve(Map.of(), "--db-pool-size", "0")).hasMessageContaining("between 1 and 1000");
    }
}
