package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseCodes;
import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseQuery;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.cases.CaseStatus;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The case pages: the list with filters, opening a hand-off code, one case with its interview, notes and closing.
 * Opening a case by its code only shows it; the case page's "Take the case" form assigns it.
 */
final class CasePages {
    private final CaseStore cases;
    private final LiveKnowledge live;
    private final CaseNotes notes;
    private final Sessions sessions;
    private final CaseDetailBuilder details;
    private final CaseConfirmation confirmation;
    private final StaffPages pages;

    CasePages(CaseStore cases, LiveKnowledge live, CaseNotes notes, Sessions sessions, CaseDetailBuilder details,
              CaseConfirmation confirmation, StaffPages pages) {
        this.cases = cases;
        this.live = live;
        this.notes = notes;
        this.sessions = sessions;
        this.details = details;
        this.confirmation = confirmation;
        this.pages = pages;
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
        CaseQuery query = CaseQueries.from(ctx).withZone(pages.zone());
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("query", query);
        model.put("cases", cases.list(query));
        model.put("total", cases.count(query));
        model.put("causes", live.get().kb().causes());
        model.put("statuses", CaseStatus.values());
        model.put("exportQuery", ctx.queryString() == null ? "" : ctx.queryString());
        ctx.html(pages.render("staff/cases", lang, model));
    }

    private void open(Context ctx) {
        CaseRecord found = cases.byCode(ctx.queryParam("code"));
        StaffPage.seeOther(ctx, "/staff/cases/" + found.sessionId());
    }

    private void show(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("detail", details.build(ctx.pathParam("id"), lang));
        model.put("statuses", CaseStatus.values());
        ctx.html(pages.render("staff/case", lang, model));
    }

    private void answer(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        details.ensure(id);
        sessions.answer(id, StaffPage.form(ctx, "question"), StaffPage.form(ctx, "answer"), null);
        cases.take(id, login.user().username());
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "#question");
    }

    private void note(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        notes.add(id, login.user().username(), ctx.formParam("text"));
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "#notes");
    }

    private void status(Context ctx) {
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        cases.setStatus(id, CaseStatus.parse(StaffPage.form(ctx, "status")));
        StaffPage.seeOther(ctx, "/staff/cases/" + id);
    }

    private void take(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        cases.assign(id, login.user().username());
        StaffPage.seeOther(ctx, "/staff/cases/" + id);
    }

    private void confirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        String step = ctx.formParam("step");
        if ("other".equals(step)) {
            step = StaffPage.form(ctx, "otherStep"); // typed or picked from the searchable list of every step
        }
        confirmation.confirm(id, StaffPage.form(ctx, "cause"), step, login);
        StaffPage.seeOther(ctx, "/staff/cases/" + id + "?done=confirmed");
    }

    /** The code as it is shown, grouped for reading out. */
    static String spoken(String code) {
        return CaseCodes.spoken(code);
    }
}
