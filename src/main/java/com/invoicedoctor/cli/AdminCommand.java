package com.invoicedoctor.cli;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import com.invoicedoctor.db.DatabaseUrl;
import com.invoicedoctor.staff.FirstAdmin;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.staff.Role;
import com.invoicedoctor.staff.SignIns;
import com.invoicedoctor.staff.StaffAccounts;
import com.invoicedoctor.staff.StaffInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Staff accounts from the command line: the first administrator, or a forgotten password. */
@Command(name = "admin", description = "Manages staff accounts.",
        subcommands = {AdminCommand.Create.class, AdminCommand.Password.class})
public final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every admin subcommand shares. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        /** The password from $INVOICE_DOCTOR_ADMIN_PASSWORD, else typed twice at a console, else stdin's first line. */
        String password() throws IOException {
            String env = System.getenv(FirstAdmin.PASSWORD_ENV);
            if (env != null && !env.isBlank()) {
                return env;
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
                char[] again = console.readPassword("Password again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new StaffInputException("the two passwords differ");
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new StaffInputException("no password: pipe it to stdin or set " + FirstAdmin.PASSWORD_ENV);
            }
            return line;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            DatabaseSettings settings = database.settings();
            try (Database db = Database.open(new DatabaseSettings(withoutTraceFile(DatabaseUrl.forServer(settings.url())),
                    settings.user(), settings.password(), settings.poolSize()))) {
                String message = apply(new StaffAccounts(db, new Passwords(12)), db);
                spec.commandLine().getOut().println(message);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (StaffInputException | IllegalArgumentException e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            }
        }

        abstract String apply(StaffAccounts accounts, Database jdbc) throws IOException;

        /**
         * An embedded H2 database without its trace file: a refused command (the server holds the database) already
         * says what went wrong, and must not leave a *.trace.db with a stack trace beside the data.
         */
        static String withoutTraceFile(String url) {
            boolean h2File = DatabaseUrl.embeddedH2File(url);
            return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains(";TRACE_LEVEL_FILE=")
                    ? url + ";TRACE_LEVEL_FILE=0" : url;
        }
    }

    /** Creates an account, by default an administrator. */
    @Command(name = "create", description = "Creates a staff account (default role: admin); the password comes from "
            + "$INVOICE_DOCTOR_ADMIN_PASSWORD, the console, or the first line of stdin.")
    static final class Create extends Base {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "user name: a-z, 0-9, . _ -")
        String user;

        @Option(names = "--role", paramLabel = "ROLE", description = "agent, editor or admin (default: admin)")
        String role = "admin";

        @Option(names = "--name", paramLabel = "TEXT", description = "the name shown to other staff")
        String name;

        @Override
        String apply(StaffAccounts accounts, Database jdbc) throws IOException {
            Role r = Role.parse(role);
            String pw = password();
            return "created " + r + " '" + accounts.create(user, name, r, pw).username() + "'";
        }
    }

    /** Sets a new password for an account (for an administrator who forgot theirs). */
    @Command(name = "password", description = "Sets a new password; read like create's.")
    static final class Password extends Base {
        @Option(names = "--user", required = true, paramLabel = "NAME")
        String user;

        @Override
        String apply(StaffAccounts accounts, Database jdbc) throws IOException {
            accounts.changePassword(user, password());
            new SignIns(jdbc).endAll(user);
            return "password of '" + user + "' changed; its sign-ins have ended";
        }
    }
}
