package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.knowledge.live.LearnedPriors;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For administrators: staff accounts with the sign-in counts and log, and the learned priors beside the knowledge
 * base's, with a reset.
 */
final class AdminRoutes {
    /** How many sign-in counts and events the page and the API show. */
    private static final int SIGN_INS_SHOWN = 100;
    private final StaffAccounts accounts;
    private final SignInThrottle signInThrottle;
    private final SignInEvents signInEvents;
    private final SignIns logins;
    private final LiveKnowledge live;
    private final Learning learning;
    private final StaffPages pages;
    private final ObjectMapper mapper;

    AdminRoutes(StaffAccounts accounts, SignInThrottle signInThrottle, SignInEvents signInEvents, SignIns logins,
                LiveKnowledge live, Learning learning, StaffPages pages, ObjectMapper mapper) {
        this.accounts = accounts;
        this.signInThrottle = signInThrottle;
        this.signInEvents = signInEvents;
        this.logins = logins;
        this.live = live;
        this.learning = learning;
        this.pages = pages;
        this.mapper = mapper;
    }

    /** One cause's prior from the knowledge base and as learned, with the confirmed cases behind it. */
    record PriorLine(String cause, String title, double kb, double learned, int confirmed) {
    }

    void register(RouteTable routes) {
        routes.get("/staff/users", StaffAccess.ADMIN, this::users);
        routes.post("/staff/users", StaffAccess.ADMIN, this::create);
        routes.post("/staff/users/{name}/role", StaffAccess.ADMIN, this::role);
        routes.post("/staff/users/{name}/disabled", StaffAccess.ADMIN, this::disabled);
        routes.get("/staff/priors", StaffAccess.ADMIN, this::priors);
        routes.post("/staff/priors/reset", StaffAccess.ADMIN, this::reset);
        routes.get("/api/staff/users", StaffAccess.ADMIN, ctx -> {
            ctx.json(accounts.list());
        });
        routes.post("/api/staff/users", StaffAccess.ADMIN, this::apiCreate);
        routes.get("/api/staff/signins", StaffAccess.ADMIN, ctx -> {
            ctx.json(Map.of("counting", signInThrottle.counts(SIGN_INS_SHOWN),
                    "events", signInEvents.recent(SIGN_INS_SHOWN)));
        });
        routes.get("/api/staff/priors", StaffAccess.ADMIN, this::apiPriors);
        routes.post("/api/staff/priors/reset", StaffAccess.ADMIN, this::apiReset);
    }

    private void users(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("users", accounts.list());
        model.put("roles", Role.values());
        model.put("signinCounts", signInThrottle.counts(SIGN_INS_SHOWN));
        model.put("signinEvents", signInEvents.recent(SIGN_INS_SHOWN));
        ctx.html(pages.render("staff/users", lang, model));
    }

    private void create(Context ctx) {
        accounts.create(StaffPage.form(ctx, "username"), ctx.formParam("name"),
                Role.parse(StaffPage.form(ctx, "role")), StaffPage.form(ctx, "password"));
        StaffPage.seeOther(ctx, "/staff/users?done=created");
    }

    private void role(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String name = ctx.pathParam("name");
        Role role = Role.parse(StaffPage.form(ctx, "role"));
        if (name.equals(login.user().username()) && role != Role.admin) {
            throw new StaffInputException("you cannot take the administrator role from yourself; ask another administrator");
        }
        accounts.setRole(name, role);
        StaffPage.seeOther(ctx, "/staff/users?done=role");
    }

    private void disabled(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String name = ctx.pathParam("name");
        boolean disable = "true".equals(ctx.formParam("disabled"));
        if (disable && name.equals(login.user().username())) {
            throw new StaffInputException("you cannot disable your own account");
        }
        accounts.setDisabled(name, disable);
        if (disable) {
            logins.endAll(name);
        }
        StaffPage.seeOther(ctx, "/staff/users?done=" + (disable ? "disabled" : "enabled"));
    }

    private void priors(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("live", live.get());
        model.put("lines", lines(live.get(), lang));
        model.put("history", learning.history(20));
        ctx.html(pages.render("staff/priors", lang, model));
    }

    private void reset(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        learning.reset(login.user().username());
        live.refresh();
        StaffPage.seeOther(ctx, "/staff/priors?done=reset");
    }

    private void apiCreate(Context ctx) throws Exception {
        JsonNode body = mapper.readTree(ctx.body());
        if (body == null || !body.isObject()) {
            throw new StaffInputException("send {\"username\", \"name\", \"role\", \"password\"}");
        }
        StaffUser user = accounts.create(body.path("username").asText(""), body.path("name").asText(""),
                Role.parse(body.path("role").asText("")), body.path("password").asText(""));
        ctx.status(201).json(user);
    }

    private void apiPriors(Context ctx) {
        LiveKnowledge.Current live = this.live.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", live.priorVersion());
        body.put("kbVersion", live.kbVersion());
        body.put("strength", live.learned().strength());
        body.put("cases", live.learned().cases());
        body.put("priors", lines(live, Lang.en));
        ctx.json(body);
    }

    private void apiReset(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        LearnedPriors reset = learning.reset(login.user().username());
        live.refresh();
        ctx.json(Map.of("version", reset.version(), "epoch", reset.epoch()));
    }

    static List<PriorLine> lines(LiveKnowledge.Current live, Lang lang) {
        Map<String, Double> kb = Reasoner.priorsOf(live.kb());
        double total = kb.values().stream().mapToDouble(Double::doubleValue).sum();
        List<PriorLine> lines = new ArrayList<>();
        for (Cause c : live.kb().causes()) {
            lines.add(new PriorLine(c.id(), c.title().in(lang), kb.get(c.id()) / total, live.priors().get(c.id()),
                    live.learned().counts().getOrDefault(c.id(), 0)));
        }
        return lines;
    }
}
