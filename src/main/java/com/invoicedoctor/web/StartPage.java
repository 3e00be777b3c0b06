package com.invoicedoctor.web;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.invoicedoctor.description.CauseResemblance;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.Page;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The start page (what happened in your own words or the error message, who are you) and the form that starts a
 * session with what the words said.
 */
public final class StartPage {
    private final Sessions sessions;
    private final Views views;

    public StartPage(Sessions sessions, Views views) {
        this.sessions = sessions;
        this.views = views;
    }

    public void register(RouteTable routes) {
        routes.get("/", ANYONE, this::show);
        routes.post("/sessions", ANYONE, this::start);
    }

    private void show(Context ctx) {
        Lang lang = UiLang.page(ctx);
        Map<String, Object> model = Page.model(ctx, lang);
        ctx.html(views.render("start/start", lang, model));
    }

    private void start(Context ctx) {
        Lang lang = UiLang.page(ctx);
        var audience = SessionApi.audience(Page.form(ctx, "audience"));
        String description = ctx.formParam("description");
        if (description == null) {
            description = ctx.formParam("errorText"); // the form's earlier name, still accepted
        }
        var started = sessions.startDescribed(audience, lang, description);
        List<Observation> found = started.added();
        String id = started.session().id();
        boolean said = description != null && !description.isBlank();
        Page.seeOther(ctx, "/s/" + id + (said ? "?found=" + CauseResemblance.stated(found).size() : ""));
    }
}
