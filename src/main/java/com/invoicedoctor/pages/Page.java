package com.invoicedoctor.pages;

import com.invoicedoctor.knowledge.Lang;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every page's model holds (language, the other language, the path for the switch) and how a form answers. */
public final class Page {
    /** The request attribute that holds the incident banner of a customer page (a list of maps), put by the helpdesk side. */
    public static final String BANNER = "incidents";

    private Page() {
    }

    /** The model every template expects. */
    public static Map<String, Object> model(Context ctx, Lang lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang.name());
        model.put("otherLang", lang == Lang.zh ? "en" : "zh");
        model.put("path", SitePath.of(ctx.path()));
        // open incidents for the banner, put there by the helpdesk side (staff.StaffRoutes)
        model.put("incidents", ctx.attribute(BANNER));
        return model;
    }

    /** Post/redirect/get: a form's answer sends the browser to the page to show next. */
    public static void seeOther(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** A required form field, trimmed; missing or blank is a 400. */
    public static String form(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new BadRequestException("the form field \"" + field + "\" is missing");
        }
        return value.trim();
    }
}
