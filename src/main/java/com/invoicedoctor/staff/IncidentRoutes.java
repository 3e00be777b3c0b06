package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseExport;
import com.invoicedoctor.cases.CaseNotFoundException;
import com.invoicedoctor.cases.Incident;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Incidents for agents: open and recent ones, each with the cases behind it; an agent may confirm one (customers
 * then see its banner) or close it.
 */
final class IncidentRoutes {
    private final Helpdesk helpdesk;
    private final Views views;

    IncidentRoutes(Helpdesk helpdesk, Views views) {
        this.helpdesk = helpdesk;
        this.views = views;
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
        Map<String, Object> model = StaffPage.model(ctx, lang, login, helpdesk);
        model.put("recent", helpdesk.incidents().recent(50));
        model.put("policy", helpdesk.incidents().policy());
        ctx.html(views.render("staff/incidents", lang, model));
    }

    private void show(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Incident incident = find(ctx);
        Map<String, Object> model = StaffPage.model(ctx, lang, login, helpdesk);
        model.put("incident", incident);
        model.put("title", title(incident, lang));
        model.put("cases", helpdesk.incidents().cases(incident));
        ctx.html(views.render("staff/incident", lang, model));
    }

    private void close(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        helpdesk.incidents().close(incident.id(), login.user().username());
        StaffPage.seeOther(ctx, "/staff/incidents/" + incident.id());
    }

    private void confirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        helpdesk.incidents().confirm(incident.id(), login.user().username());
        StaffPage.seeOther(ctx, "/staff/incidents/" + incident.id());
    }

    private void apiConfirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Incident incident = find(ctx);
        if (!incident.open()) {
            throw new StaffInputException("incident " + incident.id() + " is closed; a closed incident cannot be confirmed");
        }
        helpdesk.incidents().confirm(incident.id(), login.user().username());
        ctx.json(helpdesk.incidents().find(incident.id()).orElseThrow());
    }

    private void apiList(Context ctx) {
        StaffAuth.login(ctx);
        ctx.json(Map.of("open", helpdesk.incidents().open(), "recent", helpdesk.incidents().recent(50)));
    }

    private void apiShow(Context ctx) {
        StaffAuth.login(ctx);
        Incident incident = find(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", incident);
        body.put("cases", CaseExport.rows(helpdesk.incidents().cases(incident)));
        ctx.json(body);
    }

    private Incident find(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return helpdesk.incidents().find(Long.parseLong(id)).orElseThrow(() -> CaseNotFoundException.incident(id));
        } catch (NumberFormatException e) {
            throw CaseNotFoundException.incident(id);
        }
    }

    private String title(Incident i, Lang lang) {
        return "cause".equals(i.kind())
                ? helpdesk.live().get().kb().cause(i.subject()).map(c -> c.title().in(lang)).orElse(i.subject()) : i.subject();
    }
}
