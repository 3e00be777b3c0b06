package com.invoicedoctor.staff;

import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.knowledge.Lang;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What every staff page's model holds, the page language, and how forms answer (post/redirect/get). */
final class StaffPage {
    private static final String LANG_COOKIE = "lang";

    private StaffPage() {
    }

    /** The page language: ?lang= (remembered in a cookie), else the cookie, else Accept-Language, else Chinese. */
    static Lang lang(Context ctx) {
        String asked = ctx.queryParam("lang");
        if ("zh".equals(asked) || "en".equals(asked)) {
            ctx.cookie(new Cookie(LANG_COOKIE, asked, "/", 365 * 24 * 3600, false, true, null, SameSite.LAX));
        }
        return peek(ctx);
    }

    /** The page language as {@link #lang} finds it, without remembering anything. */
    static Lang peek(Context ctx) {
        String asked = ctx.queryParam("lang");
        if ("zh".equals(asked) || "en".equals(asked)) {
            return Lang.valueOf(asked);
        }
        String remembered = ctx.cookie(LANG_COOKIE);
        if ("zh".equals(remembered) || "en".equals(remembered)) {
            return Lang.valueOf(remembered);
        }
        String header = ctx.header("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                    String tag = r.getRange().toLowerCase(Locale.ROOT);
                    if (r.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
                        return Lang.of(tag);
                    }
                }
            } catch (IllegalArgumentException e) {
                return Lang.zh;
            }
        }
        return Lang.zh;
    }

    /** The model of a signed-in staff page: language, path, the staff member, the CSRF token and open incidents. */
    static Map<String, Object> model(Context ctx, Lang lang, SignedInStaff login, Helpdesk helpdesk) {
        Map<String, Object> model = plain(ctx, lang, login, helpdesk == null ? null : helpdesk.incidents());
        model.put("fmt", new StaffFormat(helpdesk == null ? null : helpdesk.live(), lang,
                helpdesk == null ? Helpdesk.DEFAULT_ZONE : helpdesk.zone()));
        return model;
    }

    /** The model without knowledge and banner (sign-in, error and customer pages). */
    static Map<String, Object> plain(Context ctx, Lang lang) {
        return plain(ctx, lang, null, null);
    }

    private static Map<String, Object> plain(Context ctx, Lang lang, SignedInStaff login, Incidents incidents) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang.name());
        model.put("otherLang", lang == Lang.zh ? "en" : "zh");
        model.put("path", ctx.path().replaceFirst("^[/\\\\]+", "/"));
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

    /** Post/redirect/get. */
    static void seeOther(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
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
