package com.invoicedoctor.web;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.pages.BadRequestException;
import com.invoicedoctor.pages.JsonReply;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.session.Snapshot;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interview over JSON: POST /api/sessions (optionally with the person's own description), GET /api/sessions/{id}, and POST …/answers, …/repairs,
 * …/facts and …/notes. Every answer is the session's whole shape ({@link SessionView}); …/facts with an error text
 * also says whether anything in it was recognised.
 */
public final class SessionApi {
    private final Sessions sessions;
    private final SessionViewBuilder views;
    private final ObjectMapper mapper;

    public SessionApi(Sessions sessions, SessionViewBuilder views, ObjectMapper mapper) {
        this.sessions = sessions;
        this.views = views;
        this.mapper = mapper;
    }

    public void register(RouteTable routes) {
        routes.post("/api/sessions", ANYONE, this::start);
        routes.get("/api/sessions/{id}", ANYONE, this::get);
        routes.post("/api/sessions/{id}/answers", ANYONE, this::answer);
        routes.post("/api/sessions/{id}/repairs", ANYONE, this::repair);
        routes.post("/api/sessions/{id}/facts", ANYONE, this::facts);
        routes.post("/api/sessions/{id}/notes", ANYONE, this::notes);
    }

    private void start(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Audience audience = audience(body.text("audience").orElse("customer"));
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), UiLang.accepted(ctx.header("Accept-Language")));
        Snapshot s = sessions.startDescribed(audience, lang, body.text("description").orElse(null));
        ctx.status(201).header("Location", "/api/sessions/" + s.session().id());
        JsonReply.send(ctx, mapper, views.of(s, lang));
    }

    private void get(Context ctx) {
        Lang lang = UiLang.api(ctx, null, null);
        reply(ctx, sessions.get(ctx.pathParam("id"), lang), lang);
    }

    private void answer(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), null);
        reply(ctx, sessions.answer(ctx.pathParam("id"), body.required("question"), body.value("answer"), lang), lang);
    }

    private void repair(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), null);
        reply(ctx, sessions.repair(ctx.pathParam("id"), body.required("step"), body.required("outcome"), lang), lang);
    }

    private void facts(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), null);
        String id = ctx.pathParam("id");
        var facts = body.object("facts");
        var errorText = body.text("errorText");
        var description = body.text("description");
        if (facts.isEmpty() && errorText.isEmpty() && description.isEmpty()) {
            throw new BadRequestException("give \"facts\" (an object of observation id to value), \"errorText\" or \"description\"");
        }
        Snapshot s = null;
        Boolean recognised = null;
        if (facts.isPresent()) {
            s = sessions.collect(id, facts.get(), Observation.Source.probe, "sent to the API", lang);
        }
        if (errorText.isPresent()) {
            s = sessions.errorText(id, errorText.get(), lang);
            recognised = !s.added().isEmpty();
        }
        if (description.isPresent()) {
            s = sessions.description(id, description.get(), lang);
        }
        if (recognised == null) {
            reply(ctx, s, lang);
            return;
        }
        // as on POST /api/diagnose: whether anything in the error text was read; when not, the ranking is the priors
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> answer = mapper.convertValue(views.of(s, lang == null ? s.session().lang() : lang),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        answer.put("recognised", recognised);
        JsonReply.send(ctx, mapper, answer);
    }

    private void notes(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        reply(ctx, sessions.notes(ctx.pathParam("id"), body.required("notes"), null), null);
    }

    private void reply(Context ctx, Snapshot s, Lang lang) {
        ctx.header("Cache-Control", "no-store");
        JsonReply.send(ctx, mapper, views.of(s, lang == null ? s.session().lang() : lang));
    }

    static Audience audience(String value) {
        try {
            return Audience.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UnfitValueException("audience '" + value + "' does not fit; expected customer or helpdesk");
        }
    }
}
