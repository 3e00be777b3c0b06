package com.invoicedoctor.staff;

import com.invoicedoctor.cases.Dashboard;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.pages.RouteTable;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff dashboard: figures as server-side SVG charts, and the same figures as JSON. */
final class DashboardRoutes {
    private final Dashboard dashboard;
    private final LiveKnowledge live;
    private final StaffPages pages;

    DashboardRoutes(Dashboard dashboard, LiveKnowledge live, StaffPages pages) {
        this.dashboard = dashboard;
        this.live = live;
        this.pages = pages;
    }

    void register(RouteTable routes) {
        routes.get("/staff/dashboard", StaffAccess.SIGNED_IN, this::page);
        routes.get("/api/staff/dashboard", StaffAccess.SIGNED_IN, this::api);
    }

    private Dashboard.Stats stats(Context ctx) {
        String days = ctx.queryParam("days");
        int n = 30;
        if (days != null && days.matches("\\d{1,3}")) {
            n = Math.max(7, Math.min(365, Integer.parseInt(days)));
        }
        return dashboard.stats(LocalDate.now(pages.zone()), n, pages.zone());
    }

    private void page(Context ctx) {
        SignedInStaff login = StaffAuth.login(ctx);
        Lang lang = StaffPage.lang(ctx);
        Dashboard.Stats s = stats(ctx);
        List<String> days = s.days().stream().map(d -> d.getMonthValue() + "/" + d.getDayOfMonth()).toList();
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, String>> legend = new ArrayList<>();
        int colour = 0;
        for (String cause : s.perCause().keySet()) {
            String name = "other".equals(cause) ? Messages.get(lang, "staff.dashboard.other")
                    : live.get().kb().cause(cause).map(c -> c.title().in(lang)).orElse(cause);
            names.put(cause, name);
            legend.add(Map.of("name", name, "colour", SvgCharts.COLOURS.get(colour++ % SvgCharts.COLOURS.size())));
        }
        List<String> buckets = List.of("<15m", "15m–1h", "1–4h", "4h–1d", "1–3d", "≥3d");
        Map<String, Object> model = pages.model(ctx, lang, login);
        model.put("stats", s);
        model.put("legend", legend);
        model.put("shareConfirmed", SvgCharts.pct(s.shareConfirmed()));
        model.put("accuracy", SvgCharts.pct(s.accuracy()));
        model.put("meanQuestions", String.format(java.util.Locale.ROOT, "%.1f", s.meanQuestions()));
        model.put("median", human(s.medianResolution()));
        model.put("perCauseChart", SvgCharts.stackedBars(Messages.get(lang, "staff.dashboard.perCause"), days, s.perCause(), names));
        model.put("accuracyChart", SvgCharts.line(Messages.get(lang, "staff.dashboard.accuracy"), days, s.accuracyPerDay(), true));
        model.put("questionsChart", SvgCharts.line(Messages.get(lang, "staff.dashboard.questions"), days, s.questionsPerDay(), false));
        model.put("resolutionChart", SvgCharts.bars(Messages.get(lang, "staff.dashboard.resolution"), buckets, s.resolution()));
        ctx.html(pages.render("staff/dashboard", lang, model));
    }

    private void api(Context ctx) {
        Dashboard.Stats s = stats(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("days", s.days().stream().map(LocalDate::toString).toList());
        body.put("total", s.total());
        body.put("confirmed", s.confirmed());
        body.put("resolved", s.resolved());
        body.put("shareConfirmed", s.shareConfirmed());
        body.put("top1Accuracy", Double.isNaN(s.accuracy()) ? null : s.accuracy());
        body.put("meanQuestions", s.meanQuestions());
        body.put("medianResolutionSeconds", s.medianResolution() == null ? null : s.medianResolution().toSeconds());
        body.put("casesPerCause", s.perCause());
        body.put("resolutionBuckets", s.resolution());
        ctx.json(body);
    }

    static String human(Duration d) {
        if (d == null) {
            return "–";
        }
        if (d.toMinutes() < 120) {
            return d.toMinutes() + " min";
        }
        if (d.toHours() < 48) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }
}
