package com.invoicedoctor.pages;

import com.invoicedoctor.knowledge.Lang;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;

/** Picks the language of a page or an API answer; Chinese when nothing says otherwise. */
public final class UiLang {
    static final String COOKIE = "lang";
    private static final int YEAR = 365 * 24 * 3600;

    private UiLang() {
    }

    /** For a page: ?lang= (remembered in a cookie), else the cookie, else Accept-Language, else Chinese. */
    public static Lang page(Context ctx) {
        Lang asked = exact(ctx.queryParam("lang"));
        if (asked != null) {
            ctx.cookie(new Cookie(COOKIE, asked.name(), "/", YEAR, false, true, null, SameSite.LAX));
            return asked;
        }
        return peek(ctx);
    }

    /** The page language as {@link #page} finds it, without remembering anything (for a before-handler). */
    public static Lang peek(Context ctx) {
        Lang asked = exact(ctx.queryParam("lang"));
        if (asked != null) {
            return asked;
        }
        Lang remembered = exact(ctx.cookie(COOKIE));
        return remembered != null ? remembered : accepted(ctx.header("Accept-Language"));
    }

    /** For the API: the body's "lang", else ?lang=, else {@code fallback} (null: the session's own). */
    public static Lang api(Context ctx, String bodyLang, Lang fallback) {
        if (bodyLang != null && !bodyLang.isBlank()) {
            return Lang.of(bodyLang);
        }
        String query = ctx.queryParam("lang");
        return query != null && !query.isBlank() ? Lang.of(query) : fallback;
    }

    /** The preferred of zh and en in an Accept-Language header; Chinese when it names neither or is malformed. */
    public static Lang accepted(String header) {
        if (header == null || header.isBlank()) {
            return Lang.zh;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.startsWith("zh") || tag.startsWith("en"))) {
                    return Lang.of(tag);
                }
            }
        } catch (IllegalArgumentException e) {
            return Lang.zh;
        }
        return Lang.zh;
    }

    private static Lang exact(String value) {
        if (value == null) {
            return null;
        }
        return List.of("zh", "en").contains(value) ? Lang.valueOf(value) : null;
    }
}
