package com.invoicedoctor.web;

import io.javalin.http.Context;

/** Every HTML answer says its charset (UTF-8), so that no browser guesses one for Chinese text. */
public final class HtmlCharset {
    private HtmlCharset() {
    }

    /** An after-handler: "text/html" becomes "text/html; charset=utf-8". */
    public static void add(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html") && !type.toLowerCase(java.util.Locale.ROOT)
                .contains("charset")) {
            ctx.contentType("text/html; charset=utf-8");
        }
    }
}
