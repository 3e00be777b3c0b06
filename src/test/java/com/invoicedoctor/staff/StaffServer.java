package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.Fixture;
import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.session.Sessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole app, built by the same assembly as {@code serve}, on port 0 over a fresh in-memory database and a copy of
 * the fixture knowledge (so that tests can edit and reload it), with staff accounts of every role (BCrypt at its
 * lowest cost, to keep tests fast).
 */
final class StaffServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    final Assembly assembly;
    final Helpdesk helpdesk;
    /** Sessions that report every change to the case list, as in the app. */
    final Sessions sessions;
    final LiveKnowledge live;
    /** The rules the live knowledge reloads from (a copy tests may edit). */
    final Path rulesDir;
    final WebApp app;
    /** Reads the JSON answers. */
    final ObjectMapper mapper = new ObjectMapper();
    private final Path root;

    StaffServer() {
        this(List.of(), SignInRejections.NONE);
    }

    /** A server behind these proxies (none: clients connect directly) that also tells {@code rejections} of rejected sign-ins. */
    StaffServer(List<String> trustedProxies, SignInRejections rejections) {
        try {
            root = Files.createTempDirectory("invoice-doctor-staff");
            Path kb = Fixture.copy(Fixture.FIXTURE_KB, root.resolve("knowledge-base"));
            rulesDir = Fixture.copy(Fixture.FIXTURE_RULES, root.resolve("rules"));
            Settings settings = new Settings(0, "jdbc:h2:mem:staff-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    ProbeTargets.none()).withTrustedProxies(trustedProxies).withPasswordCost(4);
            assembly = new Assembly(Fixture.fixture(), new KnowledgeSource(kb, rulesDir), settings, null, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        helpdesk = assembly.helpdesk();
        sessions = assembly.sessions();
        live = assembly.live();
        helpdesk.accounts().create("agent", "An Agent", Role.agent, PASSWORD);
        helpdesk.accounts().create("editor", "An Editor", Role.editor, PASSWORD);
        helpdesk.accounts().create("admin", "An Admin", Role.admin, PASSWORD);
        app = assembly.start();
    }

    /** Every route of the app with who may call it. */
    List<RouteTable.Route> routes() {
        return assembly.routes();
    }

    /** A browser-like client signed in as this user through the API; returns it with its CSRF token. */
    Signed signIn(String user) throws Exception {
        Http http = new Http(app.port());
        Http.Answer a = http.postJson("/api/staff/login", "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}", null);
        if (a.status() != 200) {
            throw new AssertionError("sign-in failed: " + a.status() + " " + a.body());
        }
        return new Signed(http, mapper.readTree(a.body()).get("csrf").asText());
    }

    record Signed(Http http, String csrf) {
    }

    @Override
    public void close() {
        app.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the copies in " + root, e);
        }
    }
}
