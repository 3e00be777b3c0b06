package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.cases.CasesFixture;
import com.invoicedoctor.cli.AdminCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FirstAdminTest {
    private final CasesFixture f = CasesFixture.h2();
    private final StaffAccounts accounts = new StaffAccounts(f.db, new Passwords(4));

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void without_a_password_in_the_environment_no_administrator_is_created() {
        assertThat(FirstAdmin.ensure(accounts, Map.of())).isFalse();
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void the_environment_creates_the_first_administrator_once_and_never_changes_it_later() {
        assertThat(FirstAdmin.ensure(accounts, Map.of(FirstAdmin.PASSWORD_ENV, "first admin secret", FirstAdmin.USER_ENV, "boss"))).isTrue();
        assertThat(accounts.authenticate("boss", "first admin secret")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.admin));
        assertThat(FirstAdmin.ensure(accounts, Map.of(FirstAdmin.PASSWORD_ENV, "another secret!!"))).isFalse();
        assertThat(accounts.authenticate("boss", "first admin secret")).isPresent();
    }

    @Test
    void admin_create_reads_the_password_from_stdin_and_stores_only_a_bcrypt_hash() throws Exception {
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream("typed on stdin 123\n".getBytes(StandardCharsets.UTF_8)));
            int code = new CommandLine(new AdminCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute("create", "--user", "Root", "--db", f.url);
            assertThat(code).as(err.toString()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).contains("created admin 'root'");
        assertThat(accounts.authenticate("root", "typed on stdin 123")).isPresent();
        String hash = f.db.with(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT password_hash FROM staff_users WHERE username = 'root'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(hash).startsWith("$2a$12$").doesNotContain("typed on stdin");
    }

    @Test
    void a_short_password_or_a_taken_name_is_refused_with_a_message() {
        accounts.create("lin", "Lin", Role.agent, "long enough pw");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("wang", "Wang", Role.agent, "short"))
                .isInstanceOf(StaffInputException.class).hasMessageContaining("at least 10");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("LIN", "Lin", Role.agent, "long enough pw"))
                .isInstanceOf(StaffInputException.class).hasMessageContaining("taken");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("a b", "x", Role.agent, "long enough pw"))
                .isInstanceOf(StaffInputException.class).hasMessageContaining("does not fit");
    }

    @Test
    void a_sign_in_ends_when_it_expires_or_the_account_is_disabled() {
        StaffUser lin = accounts.create("lin", "Lin", Role.agent, "long enough pw");
        SignIns logins = new SignIns(f.db);
        SignIns.Started a = logins.start(lin);
        SignIns.Started b = logins.start(lin);
        assertThat(logins.resolve(a.token())).isPresent();
        f.db.with(c -> c.createStatement().executeUpdate("UPDATE staff_logins SET expires_at = TIMESTAMP WITH TIME ZONE "
                + "'2000-01-01 00:00:00+00' WHERE token_hash = '" + SignIns.hash(a.token()) + "'"));
        assertThat(logins.resolve(a.token())).isEmpty();
        accounts.setDisabled("lin", true);
        assertThat(logins.resolve(b.token())).isEmpty();
        assertThat(logins.resolve("not a token")).isEmpty();
    }
}
