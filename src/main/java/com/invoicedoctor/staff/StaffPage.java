package com.invoicedoctor.staff;

import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.ErrorMapping;
import com.invoicedoctor.pages.Page;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.pages.Views;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Map;

/** What a staff page's model holds beyond every page's ({@link Page}): the staff member, the CSRF token, incidents. */
public final class StaffPage {
    private StaffPage() {
    }

    /** The page language: ?lang= (remembered in a cookie), else the cookie, else Accept-Language, else Chinese. */
    static Lang lang(Context ctx) {
        return UiLang.page(ctx);
    }

    /** The model of a signed-in staff page: language, path, the staff member, the CSRF token and open incidents. */
    static Map<String, Object> model(Context ctx, Lang lang, SignedInStaff login, Incidents incidents, LiveKnowledge live,
                                     ZoneId zone) {
        Map<String, Object> model = plain(ctx, lang, login, incidents);
        model.put("fmt", new StaffFormat(live, lang, zone));
        return model;
    }

    /** The model without knowledge and banner (sign-in, error and customer pages). */
    static Map<String, Object> plain(Context ctx, Lang lang) {
        return plain(ctx, lang, null, null);
    }

    private static Map<String, Object> plain(Context ctx, Lang lang, SignedInStaff login, Incidents incidents) {
        Map<String, Object> model = Page.model(ctx, lang);
        model.put("me", login == null ? null : login.user());
        model.put("csrf", login == null ? null : login.csrf());
        model.put("editor", login != null && login.user().can(Role.editor));
        model.put("admin", login != null && login.user().can(Role.admin));
        // staff see every open incident, suspected ones too (customers only those confirmed or shown by the server)
        model.put("incidents", incidents == null ? java.util.List.of() : incidents.current());
        model.put("flash", ctx.queryParam("done") != null && ctx.queryParam("done").matches("[a-z]{1,20}") ? ctx.queryParam("done") : null);
        model.put("fmt", new StaffFormat(null, lang, Helpdesk.DEFAULT_ZONE));
        return model;
    }

    /** The staff error page: the staff layout, the status and the message as it is. */
    public static ErrorMapping.StaffErrorPage errorPage(Views views) {
        return (ctx, status, message) -> {
            Lang lang = lang(ctx);
            Map<String, Object> model = plain(ctx, lang);
            model.put("status", status);
            model.put("message", message);
            ctx.html(views.render("staff/error", lang, model));
        };
    }

    /** Post/redirect/get. */
    static void seeOther(Context ctx, String location) {
        Page.seeOther(ctx, location);
    }

    /** A required form field, trimmed. */
    static String form(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new StaffInputException("the form field \"" + field + "\" is missing");
        }
        return value.trim();
    }
}
