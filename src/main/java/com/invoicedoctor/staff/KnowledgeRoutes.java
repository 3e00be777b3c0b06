package com.invoicedoctor.staff;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.cases.KnowledgeReplay;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeException;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Problem;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For knowledge editors: check the knowledge on disk against the confirmed cases, and reload it without a restart.
 * A reload that does not validate is refused with its messages; the running knowledge keeps serving.
 */
final class KnowledgeRoutes {
    private final LiveKnowledge live;
    private final KnowledgeReplay regression;
    private final StaffPages pages;

    KnowledgeRoutes(LiveKnowledge live, KnowledgeReplay regression, StaffPages pages) {
        this.live = live;
        this.regression = regression;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/staff/knowledge", StaffAccess.EDITOR, this::page);
        routes.post("/staff/knowledge/check", StaffAccess.EDITOR, this::checkPage);
        routes.post("/staff/knowledge/reload", StaffAccess.EDITOR, this::reloadPage);
        routes.get("/api/staff/knowledge", StaffAccess.EDITOR, this::status);
        routes.post("/api/staff/knowledge/check", StaffAccess.EDITOR, this::checkApi);
        routes.post("/api/staff/knowledge/reload", StaffAccess.EDITOR, this::reloadApi);
    }

    private void page(Context ctx) {
        render(ctx, StaffAuth.login(ctx), null, null, 200);
    }

    private void checkPage(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        try {
            KnowledgeBase candidate = live.candidate();
            render(ctx, login, regression.replay(live.get(), candidate), null, 200);
        } catch (KnowledgeException e) {
            render(ctx, login, null, e.problems(), 422);
        }
    }

    private void reloadPage(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        try {
            live.reload(login.user().username());
            StaffPage.seeOther(ctx, "/staff/knowledge?done=reloaded");
        } catch (KnowledgeException e) {
            render(ctx, login, null, e.problems(), 422);
        }
    }

    private void render(Context ctx, SignedInStaff login, KnowledgeReplay.Report report, List<Problem> problems, int status) {
        Lang lang = StaffPage.lang(ctx);
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("live", live.get());
        model.put("source", live.source().toString());
        model.put("report", report);
        model.put("problems", problems == null ? null : problems.stream().map(Problem::toString).toList());
        ctx.status(status).html(pages.render("staff/knowledge", lang, model));
    }

    private void status(Context ctx) {
        ctx.json(describe(live.get()));
    }

    private void checkApi(Context ctx) {
        try {
            ctx.json(regression.replay(live.get(), live.candidate()));
        } catch (KnowledgeException e) {
            refuse(ctx, "the knowledge on disk does not validate; nothing was replayed", e);
        }
    }

    private void reloadApi(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        try {
            ctx.json(describe(live.reload(login.user().username())));
        } catch (KnowledgeException e) {
            refuse(ctx, "the knowledge on disk does not validate; version " + live.get().kbVersion()
                    + " keeps serving", e);
        }
    }

    private static void refuse(Context ctx, String message, KnowledgeException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("problems", e.problems().stream().map(Problem::toString).toList());
        ctx.status(422).json(body);
    }

    private static Map<String, Object> describe(LiveKnowledge.Current live) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", live.kbVersion());
        body.put("generation", live.generation());
        body.put("priorVersion", live.priorVersion());
        body.put("causes", live.kb().causes().size());
        body.put("rules", live.kb().rules().sources().size());
        return body;
    }
}
