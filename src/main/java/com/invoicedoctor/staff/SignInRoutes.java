package com.invoicedoctor.staff;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.ClientAddresses;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in and sign-out, as pages and as API; and a staff member's own password. Passwords are checked through the
 * {@link SignInGuard}: too many attempts get 429 with Retry-After before any password is checked.
 */
final class SignInRoutes {
    private final SignIns logins;
    private final StaffAccounts accounts;
    private final SignInGuard guard;
    private final ClientAddresses addresses;
    private final StaffPages pages;
    private final ObjectMapper mapper;

    SignInRoutes(SignIns logins, StaffAccounts accounts, SignInGuard guard, ClientAddresses addresses,
                 StaffPages pages, ObjectMapper mapper) {
        this.logins = logins;
        this.accounts = accounts;
        this.guard = guard;
        this.addresses = addresses;
        this.pages = pages;
        this.mapper = mapper;
    }

    void register(RouteTable routes) {
        routes.get("/staff/login", ANYONE, this::form);
        routes.post("/staff/login", ANYONE, this::signIn);
        routes.post("/staff/logout", StaffAccess.SIGNED_IN, this::signOut);
        routes.get("/staff", StaffAccess.SIGNED_IN, ctx -> StaffPage.seeOther(ctx, "/staff/cases"));
        routes.get("/staff/", StaffAccess.SIGNED_IN, ctx -> StaffPage.seeOther(ctx, "/staff/cases"));
        routes.get("/staff/account", StaffAccess.SIGNED_IN, this::account);
        routes.post("/staff/account/password", StaffAccess.SIGNED_IN, this::changePassword);
        routes.post("/api/staff/login", ANYONE, this::apiSignIn);
        routes.post("/api/staff/logout", StaffAccess.SIGNED_IN, this::apiSignOut);
        routes.get("/api/staff/me", StaffAccess.SIGNED_IN, this::me);
    }

    private void form(Context ctx) {
        show(ctx, StaffPage.lang(ctx), null, 200);
    }

    private void show(Context ctx, Lang lang, String error, int status) {
        Map<String, Object> model = StaffPage.plain(ctx, lang);
        model.put("pre", StaffAuth.preToken(ctx));
        model.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
        model.put("error", error);
        model.put("username", ctx.formParam("username"));
        ctx.status(status).html(pages.render("staff/login", lang, model));
    }

    private void signIn(Context ctx) {
        Lang lang = StaffPage.lang(ctx);
        if (!StaffAuth.preTokenMatches(ctx)) {
            throw ForbiddenException.csrf();
        }
        Optional<StaffUser> user;
        try {
            user = guard.signIn(ctx.formParam("username"), ctx.formParam("password"), addresses.of(ctx));
        } catch (TooManySignInsException e) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            show(ctx, lang, Messages.get(lang, "staff.login.wait", e.retryAfterSeconds()), 429);
            return;
        }
        if (user.isEmpty()) {
            show(ctx, lang, Messages.get(lang, "staff.login.failed"), 401);
            return;
        }
        SignIns.Started started = logins.start(user.get());
        StaffAuth.setCookie(ctx, started.token());
        StaffPage.seeOther(ctx, safeNext(ctx.formParam("next")));
    }

    private void signOut(Context ctx) {
        logins.end(ctx.cookie(StaffAuth.COOKIE));
        StaffAuth.clearCookie(ctx);
        StaffPage.seeOther(ctx, "/staff/login");
    }

    private void account(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        ctx.html(pages.render("staff/account", lang, pages.model(ctx, lang, login)));
    }

    private void changePassword(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String current = ctx.formParam("current");
        if (!guard.confirm(login.user().username(), current, addresses.of(ctx))) {
            throw new StaffInputException("the current password is not right");
        }
        String next = StaffPage.form(ctx, "password");
        if (!next.equals(ctx.formParam("repeat"))) {
            throw new StaffInputException("the new password and its repetition differ");
        }
        accounts.changePassword(login.user().username(), next);
        logins.endAll(login.user().username());
        SignIns.Started started = logins.start(login.user());
        StaffAuth.setCookie(ctx, started.token());
        StaffPage.seeOther(ctx, "/staff/account?done=password");
    }

    private void apiSignIn(Context ctx) throws Exception {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw new StaffInputException("send the sign-in as JSON (Content-Type: application/json) with username and password");
        }
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (Exception e) {
            throw new StaffInputException("the body is not valid JSON: {\"username\": \"...\", \"password\": \"...\"}");
        }
        if (body == null || !body.path("username").isTextual() || !body.path("password").isTextual()) {
            throw new StaffInputException("send {\"username\": \"...\", \"password\": \"...\"}");
        }
        Optional<StaffUser> user = guard.signIn(body.get("username").asText(), body.get("password").asText(), addresses.of(ctx));
        if (user.isEmpty()) {
            ctx.status(401).json(Map.of("error", "user name or password is not right"));
            return;
        }
        SignIns.Started started = logins.start(user.get());
        StaffAuth.setCookie(ctx, started.token());
        ctx.json(describe(started.login()));
    }

    private void apiSignOut(Context ctx) {
        logins.end(ctx.cookie(StaffAuth.COOKIE));
        StaffAuth.clearCookie(ctx);
        ctx.status(204);
    }

    private void me(Context ctx) {
        ctx.json(describe(StaffAuth.login(ctx)));
    }

    private static Map<String, Object> describe(SignedInStaff login) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", login.user().username());
        me.put("name", login.user().displayName());
        me.put("role", login.user().role().name());
        me.put("csrf", login.csrf());
        me.put("expires", login.expires().toString());
        return me;
    }

    /** Only a staff path of this server is a place to go after sign-in (no open redirect). */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/staff/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/staff/login") && next.length() < 500) {
            return next;
        }
        return "/staff/cases";
    }
}
