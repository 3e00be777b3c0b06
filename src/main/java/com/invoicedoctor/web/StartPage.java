package com.invoicedoctor.web;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.session.Sessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The start page (who are you, which language, paste the error) and the form that starts a session. */
final class StartPage {
    private final Sessions sessions;
    private final Views views;

    StartPage(Sessions sessions, Views views) {
        this.sessions = sessions;
        this.views = views;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::show);
        routes.post("/sessions", this::start);
    }

    private void show(Context ctx) {
        Lang lang = UiLang.page(ctx);
        Map<String, Object> model = Page.model(ctx, lang);
        ctx.html(views.render("start/start", lang, model));
    }

    private void start(Context ctx) {
        Lang lang = UiLang.page(ctx);
        var audience = SessionApi.audience(Page.form(ctx, "audience"));
        String errorText = ctx.formParam("errorText");
        List<Observation> found = sessions.read(errorText);
        String id = sessions.start(audience, lang).session().id();
        if (errorText != null && !errorText.isBlank()) {
            if (!found.isEmpty()) {
                sessions.add(id, found, lang);
            }
            Page.seeOther(ctx, "/s/" + id + "?found=" + found.size());
            return;
        }
        Page.seeOther(ctx, "/s/" + id);
    }
}
