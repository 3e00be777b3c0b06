package com.invoicedoctor.web;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.JsonReply;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.session.BrowserReport;
import com.invoicedoctor.session.CheckJob;
import com.invoicedoctor.session.Checks;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks of the configured invoice endpoints over JSON: GET /api/endpoints; POST /api/sessions/{id}/checks
 * starts the server's probes (202) and GET polls their progress; POST …/browser-checks takes what the
 * customer's browser measured.
 */
public final class CheckApi {
    private static final List<String> BROWSER_ERRORS = List.of("timeout", "network", "blocked");

    private final Checks checks;
    private final Sessions sessions;
    private final SessionViewBuilder views;
    private final ObjectMapper mapper;

    public CheckApi(Checks checks, Sessions sessions, SessionViewBuilder views, ObjectMapper mapper) {
        this.checks = checks;
        this.sessions = sessions;
        this.views = views;
        this.mapper = mapper;
    }

    public void register(RouteTable routes) {
        routes.get("/api/endpoints", ANYONE, this::endpoints);
        routes.post("/api/sessions/{id}/checks", ANYONE, this::start);
        routes.get("/api/sessions/{id}/checks", ANYONE, this::progress);
        routes.post("/api/sessions/{id}/browser-checks", ANYONE, this::browser);
    }

    private void endpoints(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ProbeTargets.Endpoint e : checks.endpoints()) {
            list.add(Map.of("id", e.id(), "label", e.label(), "url", e.uri().toString(), "serverChecks", checks.serverChecks()));
        }
        ctx.json(list);
    }

    private void start(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        if (!checks.serverChecks()) {
            throw new UnfitValueException("this server cannot run probes: no invoice endpoint is configured (--endpoint URL)");
        }
        CheckJob job = checks.start(ctx.pathParam("id"), body.text("endpoint").orElse(null),
                UiLang.api(ctx, body.text("lang").orElse(null), null));
        ctx.status(202).json(job(job));
    }

    private void progress(Context ctx) {
        String id = ctx.pathParam("id");
        Lang lang = UiLang.api(ctx, null, null);
        var snapshot = sessions.get(id, lang);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("job", checks.job(id).map(this::job).orElse(null));
        answer.put("checks", snapshot.session().checks());
        ctx.header("Cache-Control", "no-store").json(answer);
    }

    private void browser(Context ctx) {
        JsonBody body = JsonBody.of(ctx, mapper);
        String error = body.text("error").orElse(null);
        if (error != null && !BROWSER_ERRORS.contains(error)) {
            throw new UnfitValueException("error '" + error + "' does not fit; expected timeout, network or blocked");
        }
        BrowserReport report = new BrowserReport(body.text("endpoint").orElse(null),
                body.bool("reachable").orElse(null), body.integer("ms").orElse(null),
                body.integer("clockSkewSeconds").orElse(null), error);
        Lang lang = UiLang.api(ctx, body.text("lang").orElse(null), null);
        var s = checks.browser(ctx.pathParam("id"), report, lang);
        JsonReply.send(ctx, mapper, views.of(s, lang == null ? s.session().lang() : lang));
    }

    private Map<String, Object> job(CheckJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoint", job.endpoint());
        m.put("target", job.target());
        m.put("running", job.running());
        m.put("progress", Math.round(job.progress(Instant.now()) * 100) / 100.0);
        m.put("started", job.started());
        m.put("finished", job.finished());
        m.put("error", job.error());
        return m;
    }
}
