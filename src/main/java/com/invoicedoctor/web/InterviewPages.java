package com.invoicedoctor.web;

import static com.invoicedoctor.pages.RouteTable.ANYONE;

import com.invoicedoctor.description.CauseResemblance;
import com.invoicedoctor.interview.InvalidAnswerException;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.Page;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.session.Checks;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.session.Snapshot;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview's pages under /s/{id}: one question at a time, changing an earlier answer, the result; and
 * the forms that answer, report a tried step, correct a fact, read an error text, keep notes, run checks.
 * Every form answers with a redirect (post/redirect/get), so reloading never sends anything twice.
 */
public final class InterviewPages {
    private final Sessions sessions;
    private final SessionViewBuilder sessionViews;
    private final Checks checks;
    private final Views views;
    private final PublicUrl publicUrl;
    private final java.util.function.Function<String, String> handOffCode;

    /** {@code publicUrl} null: the share link is relative (app.js completes it from the browser's address). */
    public InterviewPages(Sessions sessions, SessionViewBuilder sessionViews, Checks checks, Views views, PublicUrl publicUrl) {
        this(sessions, sessionViews, checks, views, publicUrl, id -> null);
    }

    /** @param handOffCode a session's hand-off code as read out, null before the person asked for an agent */
    public InterviewPages(Sessions sessions, SessionViewBuilder sessionViews, Checks checks, Views views, PublicUrl publicUrl,
                   java.util.function.Function<String, String> handOffCode) {
        this.handOffCode = handOffCode;
        this.sessions = sessions;
        this.sessionViews = sessionViews;
        this.checks = checks;
        this.views = views;
        this.publicUrl = publicUrl;
    }

    public void register(RouteTable routes) {
        routes.get("/s/{id}", ANYONE, this::current);
        routes.get("/s/{id}/result", ANYONE, this::result);
        routes.get("/s/{id}/questions/{question}", ANYONE, this::change);
        routes.post("/s/{id}/answers", ANYONE, this::answer);
        routes.post("/s/{id}/repairs", ANYONE, this::repair);
        routes.post("/s/{id}/facts", ANYONE, this::correct);
        routes.post("/s/{id}/error-text", ANYONE, this::errorText);
        routes.post("/s/{id}/notes", ANYONE, this::notes);
        routes.post("/s/{id}/checks", ANYONE, this::runChecks);
    }

    /**
     * The current question, or with {@code ?at=N} the N-th answered question (from 0) to look at or change: every
     * question has its own address, so the browser's Back button returns to the previous question.
     */
    private void current(Context ctx) {
        Lang lang = UiLang.page(ctx);
        Snapshot s = sessions.get(ctx.pathParam("id"), lang);
        SessionView view = sessionViews.of(s, lang);
        List<SessionView.AnswerView> answers = view.answers();
        Integer at = number(ctx.queryParam("at"));
        if (at != null && at >= 0 && at < answers.size()) {
            showAnswered(ctx, lang, view, answers.get(at).question());
            return;
        }
        if (view.question() == null) {
            render(ctx, lang, view, "interview/result", Map.of());
            return;
        }
        Map<String, Object> extra = new HashMap<>(Map.of("shown", view.question(), "current", "", "at", answers.size()));
        if (!answers.isEmpty()) {
            extra.put("backAt", answers.size() - 1);
        }
        render(ctx, lang, view, "interview/question", extra);
    }

    private void result(Context ctx) {
        Lang lang = UiLang.page(ctx);
        render(ctx, lang, sessionViews.of(sessions.get(ctx.pathParam("id"), lang), lang), "interview/result", Map.of());
    }

    private void change(Context ctx) {
        Lang lang = UiLang.page(ctx);
        SessionView view = sessionViews.of(sessions.get(ctx.pathParam("id"), lang), lang);
        showAnswered(ctx, lang, view, ctx.pathParam("question"));
    }

    /** An answered question with its answer marked, to change it; Back goes to the one answered before it. */
    private void showAnswered(Context ctx, Lang lang, SessionView view, String question) {
        var q = sessions.interviewer().knowledge().question(question)
                .orElseThrow(() -> new InvalidAnswerException("unknown question '" + question + "'", true));
        List<SessionView.AnswerView> answers = view.answers();
        Map<String, Object> extra = new HashMap<>();
        extra.put("current", "");
        extra.put("at", answers.size());
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).question().equals(question)) {
                if (i > 0) {
                    extra.put("backAt", i - 1);
                }
                extra.put("current", answers.get(i).answer());
                extra.put("at", i);
            }
        }
        extra.put("shown", sessionViews.question(q, null, lang));
        render(ctx, lang, view, "interview/question", extra);
    }

    private void answer(Context ctx) {
        String id = ctx.pathParam("id");
        var s = sessions.answer(id, Page.form(ctx, "question"), Page.form(ctx, "answer"), UiLang.page(ctx));
        // the next question gets its own address (its place in the answers), so Back returns to this one
        Page.seeOther(ctx, "/s/" + id + "?at=" + s.session().answered().size());
    }

    private void repair(Context ctx) {
        String id = ctx.pathParam("id");
        String outcome = Page.form(ctx, "outcome");
        sessions.repair(id, Page.form(ctx, "step"), outcome, UiLang.page(ctx));
        Page.seeOther(ctx, "/s/" + id + "?tried=" + outcome + "#steps");
    }

    private void correct(Context ctx) {
        String id = ctx.pathParam("id");
        String value = ctx.formParam("value");
        sessions.correct(id, Page.form(ctx, "observation"), value == null || value.isBlank() ? "unknown" : value.trim(),
                UiLang.page(ctx));
        Page.seeOther(ctx, "/s/" + id + "#facts");
    }

    private void errorText(Context ctx) {
        String id = ctx.pathParam("id");
        // read like a description: an error message pasted here is still read as one, and so are the person's words
        int found = CauseResemblance.stated(sessions.description(id, Page.form(ctx, "errorText"), UiLang.page(ctx)).added()).size();
        Page.seeOther(ctx, "/s/" + id + "?found=" + found);
    }

    private void notes(Context ctx) {
        String id = ctx.pathParam("id");
        String notes = ctx.formParam("notes");
        sessions.notes(id, notes == null ? "" : notes, UiLang.page(ctx));
        Page.seeOther(ctx, "/s/" + id + "?saved=notes#notes");
    }

    private void runChecks(Context ctx) {
        String id = ctx.pathParam("id");
        if (!checks.serverChecks()) {
            throw new UnfitValueException("this server cannot run probes: no invoice endpoint is configured");
        }
        checks.run(id, ctx.formParam("endpoint"), UiLang.page(ctx));
        Page.seeOther(ctx, "/s/" + id + "#checks");
    }

    private void render(Context ctx, Lang lang, SessionView view, String template, Map<String, Object> extra) {
        Map<String, Object> model = Page.model(ctx, lang);
        model.put("view", view);
        Map<String, String> labels = new HashMap<>();
        view.facts().forEach(f -> labels.put(f.id(), f.label()));
        model.put("labels", labels);
        // a fact the person answered reads as their question and answer, not as a statement and a "no"
        Map<String, String> asked = new HashMap<>();
        var kb = sessions.interviewer().knowledge();
        view.answers().forEach(a -> kb.question(a.question()).ifPresent(q -> asked.put(q.observation(), a.text())));
        model.put("asked", asked);
        // what the rules alone use (how a reading weighed itself) is in neither list: nothing in it to confirm
        List<SessionView.FactView> shown = view.facts().stream().filter(f -> !f.internal()).toList();
        model.put("collected", shown.stream().filter(SessionView.FactView::collected).toList());
        model.put("described", view.answers().isEmpty()
                ? shown.stream().filter(f -> "description".equals(f.source())).toList() : List.of());
        model.put("helpdesk", "helpdesk".equals(view.audience()));
        model.put("shareUrl", PublicUrl.link(publicUrl, "/s/" + view.id()));
        model.put("endpoints", checks.endpoints());
        model.put("serverChecks", checks.serverChecks());
        model.put("found", number(ctx.queryParam("found")));
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("solved", "yes".equals(ctx.queryParam("solved")));
        model.put("handoffCode", handOffCode.apply(view.id())); // shown again on the result page and its print // the person confirmed invoices go out again
        String tried = ctx.queryParam("tried");
        model.put("tried", "fixed".equals(tried) || "failed".equals(tried) ? tried : null);
        model.putAll(extra);
        ctx.header("Cache-Control", "no-store");
        ctx.html(views.render(template, lang, model));
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
