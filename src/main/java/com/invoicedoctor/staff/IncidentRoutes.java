package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseExport;
import com.invoicedoctor.cases.CaseNotFoundException;
import com.invoicedoctor.cases.Incident;
import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Incidents for agents: open and recent ones, each with the cases behind it; an agent may confirm one (customers
 * then see its banner) or close it.
 */
final class IncidentRoutes {
    private final Incidents incidents;
    private final LiveKnowledge live;
    private final StaffPages pages;

    IncidentRoutes(Incidents incidents, LiveKnowledge live, StaffPages pages) {
        this.incidents = incidents;
        this.live = live;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/staff/incidents", StaffAccess.SIGNED_IN, this::list);
        routes.get("/staff/incidents/{id}", StaffAccess.SIGNED_IN, this::show);
        routes.post("/staff/incidents/{id}/close", StaffAccess.SIGNED_IN, this::close);
        routes.post("/staff/incidents/{id}/confirm", StaffAccess.SIGNED_IN, this::confirm);
        routes.post("/api/staff/incidents/{id}/confirm", StaffAccess.SIGNED_IN, this::apiConfirm);
        routes.get("/api/staff/incidents", StaffAccess.SIGNED_IN, this::apiList);
        routes.get("/api/staff/incidents/{id}", StaffAccess.SIGNED_IN, this::apiShow);
    }

    private void list(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("recent", incidents.recent(50));
        model.put("policy", incidents.policy());
        ctx.html(pages.render("staff/incidents", lang, model));
    }

    private void show(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Incident incident = find(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("incident", incident);
        model.put("title", title(incident, lang));
        model.put("cases", incidents.cases(incident));
        ctx.html(pages.render("staff/incident", lang, model));
    }

    private void close(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        incidents.close(incident.id(), login.user().username());
        StaffPage.seeOther(ctx, "/staff/incidents/" + incident.id());
    }

    private void confirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        incidents.confirm(incident.id(), login.user().username());
        StaffPage.seeOther(ctx, "/staff/incidents/" + incident.id());
    }

    private void apiConfirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        if (!incident.open()) {
            throw new StaffInputException("incident " + incident.id() + " is closed; a closed incident cannot be confirmed");
        }
        incidents.confirm(incident.id(), login.user().username());
        ctx.json(incidents.find(incident.id()).orElseThrow());
    }

    private void apiList(Context ctx) {
        ctx.json(Map.of("open", incidents.open(), "recent", incidents.recent(50)));
    }

    private void apiShow(Context ctx) {
        Incident incident = find(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", incident);
        body.put("cases", CaseExport.rows(incidents.cases(incident)));
        ctx.json(body);
    }

    private Incident find(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return incidents.find(Long.parseLong(id)).orElseThrow(() -> CaseNotFoundException.incident(id));
        } catch (NumberFormatException e) {
            throw CaseNotFoundException.incident(id);
        }
    }

    private String title(Incident i, Lang lang) {
        return "cause".equals(i.kind())
                ? live.get().kb().cause(i.subject()).map(c -> c.title().in(lang)).orElse(i.subject()) : i.subject();
    }
}
