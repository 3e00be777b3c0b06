package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.invoicedoctor.cases.CasesFixture;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.interview.InvalidAnswerException;
import com.invoicedoctor.session.SessionNotFoundException;
import com.invoicedoctor.session.SessionStore;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.web.ClientAddresses;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/**
 * The staff routes on a real server on port 0, over the cases fixture, with staff accounts of every role
 * (BCrypt at its lowest cost, to keep tests fast).
 */
final class StaffServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    final CasesFixture f;
    final Helpdesk helpdesk;
    /** Sessions that report every change to the case list, as in the app. */
    final Sessions sessions;
    final Javalin app;
    final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    StaffServer() {
        this(ClientAddresses.direct(), SignInRejections.NONE);
    }

    /** A server that finds client addresses this way and counts rejected sign-ins there. */
    StaffServer(ClientAddresses addresses, SignInRejections rejections) {
        f = CasesFixture.h2();
        helpdesk = Helpdesk.open(f.db, f.live, IncidentPolicy.defaults(), 4);
        helpdesk.accounts().create("agent", "An Agent", Role.agent, PASSWORD);
        helpdesk.accounts().create("editor", "An Editor", Role.editor, PASSWORD);
        helpdesk.accounts().create("admin", "An Admin", Role.admin, PASSWORD);
        sessions = new Sessions(new SessionStore(f.database), f.live::interviewer, helpdesk.recorderQueue());
        StaffRoutes routes = new StaffRoutes(helpdesk, sessions, mapper, addresses, rejections);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            routes.register(config.routes);
            // what the web side maps for sessions (web.ErrorMapping), so that these tests stand alone
            config.routes.exception(SessionNotFoundException.class, (e, ctx) -> ctx.status(404).json(Map.of("error", e.getMessage())));
            config.routes.exception(InvalidAnswerException.class, (e, ctx) -> ctx.status(422).json(Map.of("error", e.getMessage())));
        }).start(0);
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
        app.stop();
        helpdesk.recorderQueue().close();
        f.close();
    }
}
