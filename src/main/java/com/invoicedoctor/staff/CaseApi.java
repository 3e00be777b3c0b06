package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.cases.CaseExport;
import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseQuery;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.cases.CaseStatus;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.JsonErrors;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff case API: list and export, one case, hand-off codes, answers, notes, status and confirmation. Reading a
 * case (also by its hand-off code) changes nothing; taking it is its own POST.
 */
final class CaseApi {
    private final ZoneId zone;
    private final CaseStore cases;
    private final LiveKnowledge live;
    private final CaseNotes notes;
    private final Sessions sessions;
    private final CaseDetailBuilder details;
    private final CaseConfirmation confirmation;
    private final ObjectMapper mapper;

    CaseApi(ZoneId zone, CaseStore cases, LiveKnowledge live, CaseNotes notes, Sessions sessions,
            CaseDetailBuilder details, CaseConfirmation confirmation, ObjectMapper mapper) {
        this.zone = zone;
        this.cases = cases;
        this.live = live;
        this.notes = notes;
        this.sessions = sessions;
        this.details = details;
        this.confirmation = confirmation;
        this.mapper = mapper;
    }

    void register(RouteTable routes) {
        routes.get("/api/staff/cases", StaffAccess.SIGNED_IN, this::list);
        routes.get("/api/staff/cases/export.csv", StaffAccess.SIGNED_IN, this::csv);
        routes.get("/api/staff/cases/by-code/{code}", StaffAccess.SIGNED_IN, this::byCode);
        routes.get("/api/staff/cases/{id}", StaffAccess.SIGNED_IN, this::get);
        routes.post("/api/staff/cases/{id}/take", StaffAccess.SIGNED_IN, this::take);
        routes.post("/api/staff/cases/{id}/answers", StaffAccess.SIGNED_IN, this::answer);
        routes.post("/api/staff/cases/{id}/notes", StaffAccess.SIGNED_IN, this::note);
        routes.post("/api/staff/cases/{id}/status", StaffAccess.SIGNED_IN, this::status);
        routes.post("/api/staff/cases/{id}/confirm", StaffAccess.SIGNED_IN, this::confirm);
    }

    private void list(Context ctx) {
        if ("csv".equals(ctx.queryParam("format"))) {
            csv(ctx);
            return;
        }
        CaseQuery query = CaseQueries.from(ctx).withZone(zone);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", cases.count(query));
        body.put("limit", query.limit());
        body.put("offset", query.offset());
        body.put("cases", CaseExport.rows(cases.list(query)));
        ctx.json(body);
    }

    private void csv(Context ctx) {
        CaseQuery all = CaseQueries.from(ctx).withZone(zone).withLimit(CaseQuery.MAX_LIMIT);
        ctx.header("Content-Disposition", "attachment; filename=\"cases.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(CaseExport.csv(cases.list(all),
                new CaseExport.Sheet(live.get().kb(), StaffPage.lang(ctx), zone)));
    }

    private void byCode(Context ctx) {
        CaseRecord found = cases.byCode(ctx.pathParam("code"));
        ctx.json(details.build(found.sessionId(), lang(ctx)));
    }

    private void take(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        cases.assign(id, login.user().username());
        ctx.json(CaseExport.rows(java.util.List.of(cases.get(id))).get(0));
    }

    private void get(Context ctx) {
        ctx.json(details.build(ctx.pathParam("id"), lang(ctx)));
    }

    private void answer(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        JsonNode body = body(ctx);
        details.ensure(id);
        sessions.answer(id, text(body, "question"), text(body, "answer"), null);
        cases.take(id, login.user().username());
        ctx.json(details.build(id, lang(ctx)));
    }

    private void note(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        ctx.status(201).json(notes.add(id, login.user().username(), text(body(ctx), "text")));
    }

    private void status(Context ctx) {
        String id = details.ensure(ctx.pathParam("id")).sessionId();
        cases.setStatus(id, CaseStatus.parse(text(body(ctx), "status")));
        ctx.json(CaseExport.rows(java.util.List.of(cases.get(id))).get(0));
    }

    private void confirm(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        String id = ctx.pathParam("id");
        JsonNode body = body(ctx);
        String step = body.path("step").isTextual() ? body.get("step").asText() : null;
        confirmation.confirm(id, text(body, "cause"), step, login);
        ctx.json(CaseExport.rows(java.util.List.of(cases.get(id))).get(0));
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = mapper.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new StaffInputException("the body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StaffInputException(JsonErrors.describe(e));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new StaffInputException("\"" + field + "\" is missing");
        }
        return value.asText().trim();
    }

    private static Lang lang(Context ctx) {
        String asked = ctx.queryParam("lang");
        return asked == null ? StaffPage.lang(ctx) : Lang.of(asked);
    }
}
