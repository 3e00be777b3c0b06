package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseInputException;
import com.invoicedoctor.cases.CaseNotFoundException;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.web.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The staff side's errors and their statuses, in one place: 401 or a redirect to sign-in, 403, 404, 400/422, 429, as
 * JSON {"error"} under /api/ and as the staff error page elsewhere.
 */
final class StaffErrors {
    private final Views views;

    StaffErrors(Views views) {
        this.views = views;
    }

    void register(RoutesConfig routes) {
        routes.exception(NotSignedInException.class, (e, ctx) -> {
            if (api(ctx)) {
                ctx.status(401).header("WWW-Authenticate", "Cookie realm=\"staff\"").json(Map.of("error", e.getMessage()));
            } else {
                String next = ctx.method().name().equals("GET") ? ctx.path() : "/staff/";
                ctx.redirect("/staff/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.FOUND);
            }
        });
        routes.exception(ForbiddenException.class, (e, ctx) -> respond(ctx, 403, e.getMessage()));
        routes.exception(StaffInputException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        routes.exception(CaseInputException.class, (e, ctx) -> respond(ctx, 422, e.getMessage()));
        routes.exception(CaseNotFoundException.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
        routes.exception(TooManySignInsException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            respond(ctx, 429, e.getMessage());
        });
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (api(ctx)) {
            ctx.json(Map.of("error", message));
            return;
        }
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = StaffPage.plain(ctx, lang);
        model.put("status", status);
        model.put("message", message);
        ctx.html(views.render("staff/error", lang, model));
    }

    private static boolean api(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
