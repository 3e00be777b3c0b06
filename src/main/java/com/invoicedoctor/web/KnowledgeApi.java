package com.invoicedoctor.web;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.DiagnosisPresenter;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.metrics.AppMetrics;
import com.invoicedoctor.pages.BadRequestException;
import com.invoicedoctor.pages.JsonReply;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** GET /health, GET /api/causes and POST /api/diagnose: answers that need no session. */
public final class KnowledgeApi {
    private final Supplier<Reasoner> reasoners;
    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final AppMetrics metrics;

    /** @param reasoners the live reasoner, read per request (knowledge reloads and learned priors swap it) */
    public KnowledgeApi(Supplier<Reasoner> reasoners, Sessions sessions, ObjectMapper mapper, AppMetrics metrics) {
        this.reasoners = reasoners;
        this.sessions = sessions;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    private KnowledgeBase kb() {
        return reasoners.get().knowledge();
    }

    public void register(RouteTable routes) {
        routes.get("/health", ANYONE, this::health);
        routes.get("/api/causes", ANYONE, this::causes);
        routes.post("/api/diagnose", ANYONE, this::diagnose);
    }

    private void health(Context ctx) {
        ctx.json(Map.of("status", "UP", "knowledgeVersion", kb().version(), "causes", kb().causes().size()));
    }

    private void causes(Context ctx) {
        Lang lang = UiLang.api(ctx, null, UiLang.accepted(ctx.header("Accept-Language")));
        List<Map<String, Object>> list = new ArrayList<>();
        kb().causes().forEach(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("family", c.family());
            m.put("title", c.title().in(lang));
            m.put("source", c.source());
            m.put("description", c.description().in(lang));
            list.add(m);
        });
        ctx.json(list);
    }

    private void diagnose(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), UiLang.accepted(ctx.header("Accept-Language")));
        var facts = body.object("facts");
        var errorText = body.text("errorText");
        var description = body.text("description");
        if (facts.isEmpty() && errorText.isEmpty() && description.isEmpty()) {
            throw new BadRequestException("give \"facts\" (an object of observation id to value), \"errorText\" and/or \"description\"");
        }
        Map<String, Observation> observations = new LinkedHashMap<>();
        description.ifPresent(t -> sessions.describe(t).forEach(o -> observations.put(o.id(), o)));
        List<Observation> fromText = errorText.map(sessions::read).orElse(List.of());
        fromText.forEach(o -> observations.put(o.id(), o));
        facts.ifPresent(f -> Facts.parse(f, kb(), Observation.Source.answer, "POST /api/diagnose")
                .forEach(o -> observations.put(o.id(), o)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("knowledgeVersion", kb().version());
        answer.put("facts", observations.values());
        // whether anything in the error text was read: when not, the ranking below is only the priors
        errorText.ifPresent(t -> answer.put("recognised", !fromText.isEmpty()));
        Reasoner reasoner = reasoners.get();
        Assessment assessment = reasoner.assess(observations.values());
        metrics.diagnosed(assessment.top().cause(), assessment.top().confidence(), "diagnose");
        answer.put("diagnoses", new DiagnosisPresenter(reasoner.knowledge()).present(assessment, lang, SessionViewBuilder.SHOWN));
        JsonReply.send(ctx, mapper, answer);
    }
}
