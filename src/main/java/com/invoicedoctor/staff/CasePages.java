package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseCodes;
import com.invoicedoctor.cases.CaseQuery;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.cases.CaseStatus;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The case pages: the list with filters, opening a hand-off code, one case with its interview, notes and closing.
 * Opening a case by its code only shows it; the case page's "Take the case" form assigns it.
 */
final class CasePages {
    private final Helpdesk helpdesk;
    private final Sessions sessions;
    private final CaseDetailBuilder details;
    private final Views views;

    CasePages(Helpdesk helpdesk, Sessions sessions, CaseDetailBuilder details, Views views) {
        this.helpdesk = helpdesk;
        this.sessions = sessions;
        this.details = details;
        this.views = views;
    }

    void register(RouteTable routes) {
        routes.get("/staff/cases", StaffAccess.SIGNED_IN, this::list);
        routes.get("/staff/cases/open", StaffAccess.SIGNED_IN, this::open);
        routes.get("/staff/cases/{id}", StaffAccess.SIGNED_IN, this::show);
        routes.post("/staff/cases/{id}/answers", StaffAccess.SIGNED_IN, this::answer);
        routes.post("/staff/cases/{id}/notes", StaffAccess.SIGNED_IN, this::note);
        routes.post("/staff/cases/{id}/status", StaffAccess.SIGNED_IN, this::status);
        routes.post("/staff/cases/{id}/take", StaffAccess.SIGNED_IN, this::take);
        routes.post("/staff/cases/{id}/confirm", StaffAccess.SIGNED_IN, this::confirm);
    }

    private void list(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        CaseQuery query = CaseQueries.from(ctx).withZone(helpdesk.zone());
        Map<String, Object> model = StaffPage.model(ctx, lang, login, helpdesk);
        model.put("query", query);
        model.put("cases", helpdesk.cases().list(query));
        model.put("total", helpdesk.cases().count(query));
        model.put("causes", helpdesk.live().get().kb().causes());
        model.put("statuses", CaseStatus.values());
        model.put("exportQuery", ctx.queryString() == null ? "" : ctx.queryString());
        ctx.html(views.render("staff/cases", lang, model));
    }

    private void open(Context ctx) {
        StaffAuth.login(ctx);
        CaseRecord found = helpdesk.cases().byCode(ctx.queryParam("code"));
        StaffPage.seeOther(ctx, "/staff/cases/" + found.sessionId());
    }

    private void show(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = StaffPage.model(ctx, lang, login, helpdesk);
        model.put("detail", details.build(ctx.pathParam("id"), lang));
        model.put("statuses", CaseStatus.values());
        ctx.html(views.render("staff/case", lang, model));
    }

    private void answer(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        details.ensure(id);
        sessions.answer(id, StaffPage.form(ctx, "question"), StaffPage.form(ctx, "answer"), null);
        helpdesk.cases().take(id, login.user().username());
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "#question");
    }

    private void note(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        helpdesk.notes().add(id, login.user().username(), ctx.formParam("text"));
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "#notes");
    }

    private void status(Context ctx) {
        StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        helpdesk.cases().setStatus(id, CaseStatus.parse(StaffPage.form(ctx, "status")));
        StaffPage.seeOther(ctx, "/staff/cases/" + id);
    }

    private void take(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        helpdesk.cases().assign(id, login.user().username());
        StaffPage.seeOther(ctx, "/staff/cases/" + id);
    }

    private void confirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        String step = ctx.formParam("step");
        if ("other".equals(step)) {
            step = StaffPage.form(ctx, "otherStep"); // typed or picked from the searchable list of every step
        }
        confirm(helpdesk, sessions, details, id, StaffPage.form(ctx, "cause"), step, login);
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "?done=confirmed");
    }

    /** Confirms a case's cause and fixing step, learns from it, and serves the new priors at once on this instance. */
    static void confirm(Helpdesk helpdesk, Sessions sessions, CaseDetailBuilder details, String id, String cause, String step,
                        SignedInStaff login) {
        CaseRecord record = details.ensure(id);
        var state = sessions.get(id, null).session().state();
        helpdesk.learning().confirm(helpdesk.live().get().kb(), id,
                new Learning.Confirmation(cause, step, login.user().username(), state, record.topCause()));
        helpdesk.cases().take(id, login.user().username());
        helpdesk.live().refresh();
    }

    /** The code as it is shown, grouped for reading out. */
    static String spoken(String code) {
        return CaseCodes.spoken(code);
    }
}
