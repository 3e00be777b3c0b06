package com.invoicedoctor.staff;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.invoicedoctor.cases.CaseCodes;
import com.invoicedoctor.cases.CaseRecorder;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.cases.Incident;
import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.session.Snapshot;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's side of the helpdesk: asking for an agent (a short code to read out over the phone) and the
 * banner of known problems. Reaching a session still needs its unguessable id; the code only lets staff find it.
 */
final class HandOffRoutes {
    private final CaseStore cases;
    private final CaseRecorder recorder;
    private final LiveKnowledge live;
    private final Incidents incidents;
    private final Sessions sessions;
    private final Views views;
    private final HelpdeskContact contact;

    HandOffRoutes(CaseStore cases, CaseRecorder recorder, LiveKnowledge live, Incidents incidents, Sessions sessions,
                  Views views, HelpdeskContact contact) {
        this.contact = contact;
        this.cases = cases;
        this.recorder = recorder;
        this.live = live;
        this.incidents = incidents;
        this.sessions = sessions;
        this.views = views;
    }

    void register(RouteTable routes) {
        routes.post("/api/sessions/{id}/handoff", ANYONE, this::apiHandOff);
        routes.post("/s/{id}/handoff", ANYONE, this::pageHandOff);
        routes.get("/s/{id}/handoff", ANYONE, this::pageShow);
        routes.get("/api/incidents", ANYONE, this::incidents);
    }

    private void apiHandOff(Context ctx) {
        String code = handOff(ctx.pathParam("id"));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("code", code);
        reply.put("spoken", CaseCodes.spoken(code));
        reply.put("contact", contact);
        ctx.json(reply);
    }

    private void pageHandOff(Context ctx) {
        handOff(ctx.pathParam("id"));
        StaffPage.seeOther(ctx, "/s/" + ctx.pathParam("id") + "/handoff");
    }

    private void pageShow(Context ctx) {
        Lang lang = StaffPage.lang(ctx);
        String id = ctx.pathParam("id");
        sessions.get(id, lang);
        String code = cases.find(id).map(c -> c.code()).orElse(null);
        if (code == null) {
            StaffPage.seeOther(ctx, "/s/" + id);
            return;
        }
        Map<String, Object> model = StaffPage.plain(ctx, lang);
        model.put("sessionId", id);
        model.put("code", CaseCodes.spoken(code));
        model.put("contact", contact);
        model.put("banner", banner(lang));
        ctx.html(views.render("handoff/code", lang, model));
    }

    /** The hand-off code of a session: the session must exist; its case is created if staff have not seen it yet. */
    private String handOff(String sessionId) {
        Snapshot snapshot = sessions.get(sessionId, null);
        if (cases.find(sessionId).isEmpty()) {
            recorder.accept(snapshot);
        }
        return cases.handOff(sessionId);
    }

    private void incidents(Context ctx) {
        String asked = ctx.queryParam("lang");
        Lang lang = asked == null ? UiLang.peek(ctx) : Lang.of(asked);
        ctx.json(Map.of("incidents", banner(lang)));
    }

    /** The open incidents as customers see them: what is wrong, since when, and that they need not change anything. */
    List<Map<String, Object>> banner(Lang lang) {
        KnowledgeBase kb = live.get().kb();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Incident i : incidents.banner()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i.id());
            item.put("kind", i.kind());
            item.put("subject", i.subject());
            item.put("title", "cause".equals(i.kind())
                    ? kb.cause(i.subject()).map(c -> c.title().in(lang)).orElse(i.subject()) : i.subject());
            item.put("since", i.opened().toString());
            item.put("message", Messages.get(lang, "incident.banner"));
            list.add(item);
        }
        return list;
    }
}
