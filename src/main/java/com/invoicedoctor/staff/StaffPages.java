package com.invoicedoctor.staff;

import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.Views;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Map;

/**
 * What every signed-in staff page is rendered with: the views, and for its model the open incidents (the banner), the
 * live knowledge (cause and step titles) and the staff's time zone.
 */
record StaffPages(Views views, Incidents incidents, LiveKnowledge live, ZoneId zone) {
    /** The model of a signed-in staff page (see {@link StaffPage#model}). */
    Map<String, Object> model(Context ctx, Lang lang, SignedInStaff login) {
        return StaffPage.model(ctx, lang, login, incidents, live, zone);
    }

    /** The page for this template and model. */
    String render(String template, Lang lang, Map<String, Object> model) {
        return views.render(template, lang, model);
    }
}
