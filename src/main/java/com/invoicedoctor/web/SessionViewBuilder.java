package com.invoicedoctor.web;

import com.invoicedoctor.engine.DiagnosisPresenter;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Finding;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.OfferedStep;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.session.Checks;
import com.invoicedoctor.session.SessionRecord;
import com.invoicedoctor.session.Snapshot;
import com.invoicedoctor.web.SessionView.AnswerView;
import com.invoicedoctor.web.SessionView.FactView;
import com.invoicedoctor.web.SessionView.OptionView;
import com.invoicedoctor.web.SessionView.PivotView;
import com.invoicedoctor.web.SessionView.QuestionView;
import com.invoicedoctor.web.SessionView.StepView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the view of a session in one language from its snapshot and the knowledge base. */
public final class SessionViewBuilder {
    /** How many diagnoses a session shows. */
    static final int SHOWN = 5;

    private final Supplier<Interviewer> interviewers;
    private final Checks checks;
    private volatile Known known;

    /** @param interviewers the live interviewer, read per view (knowledge reloads swap it) */
    public SessionViewBuilder(Supplier<Interviewer> interviewers, Checks checks) {
        this.interviewers = interviewers;
        this.checks = checks;
    }

    /** What the views take from one knowledge base, built again when a reload brings another. */
    private record Known(KnowledgeBase kb, DiagnosisPresenter presenter, Map<String, Question> askedFor) {
    }

    private Known known() {
        KnowledgeBase kb = interviewers.get().knowledge();
        Known current = known;
        if (current == null || current.kb() != kb) {
            Map<String, Question> askedFor = new HashMap<>();
            kb.questions().forEach(q -> askedFor.putIfAbsent(q.observation(), q));
            current = new Known(kb, new DiagnosisPresenter(kb), askedFor);
            known = current;
        }
        return current;
    }

    SessionView of(Snapshot s, Lang lang) {
        SessionRecord r = s.session();
        Turn t = s.turn();
        QuestionView question = t.question() == null ? null : question(t.question(), t.why(), lang);
        List<FactView> facts = interviewers.get().observations(r.state()).stream().map(o -> fact(o, lang)).toList();
        return new SessionView(r.id(), r.audience().name(), r.lang().name(), t.outcome().name(), r.knowledgeVersion(),
                r.created(), r.updated(), question, t.done(), t.outcome().name(),
                Messages.get(lang, "outcome." + t.outcome().name()), known().presenter().present(t.assessment(), lang, SHOWN),
                answers(r, lang), facts, steps(t, lang), pivots(t, lang), findings(t, lang), r.notes(), r.checks(),
                checks.job(r.id()).orElse(null), s.added().stream().map(o -> fact(o, lang)).toList(), t.left(),
                known().kb().settings().confidenceWord(t.assessment().top().confidence()));
    }

    /** A question in one language, its options ending with "unknown". */
    QuestionView question(Question q, String why, Lang lang) {
        ObservationDef def = known().kb().observation(q.observation()).orElse(null);
        String kind = def == null ? "choice" : def.type().name();
        String unit = def == null ? null : def.unit();
        return new QuestionView(q.id(), q.text().in(lang), kind, unit, options(q, lang), why);
    }

    private List<OptionView> options(Question q, Lang lang) {
        List<OptionView> options = new ArrayList<>();
        q.options().forEach(o -> options.add(new OptionView(o.value(), o.label().in(lang))));
        options.add(new OptionView(Facts.UNKNOWN, Messages.get(lang, "answer.unknown")));
        return options;
    }

    private List<AnswerView> answers(SessionRecord r, Lang lang) {
        List<AnswerView> list = new ArrayList<>();
        for (Map.Entry<String, String> e : r.answered()) {
            Question q = known().kb().question(e.getKey()).orElse(null);
            if (q == null) {
                list.add(new AnswerView(e.getKey(), e.getKey(), e.getValue(), e.getValue(), "choice", List.of()));
                continue;
            }
            QuestionView view = question(q, null, lang);
            list.add(new AnswerView(q.id(), view.text(), e.getValue(), label(view.options(), e.getValue(), view.unit()),
                    view.kind(), view.options()));
        }
        return list;
    }

    /** The values of a yes-or-no observation that no question asks. */
    private static final java.util.Set<String> YES_NO = java.util.Set.of("yes", "no");

    private FactView fact(Observation o, Lang lang) {
        ObservationDef def = known().kb().observation(o.id()).orElse(null);
        String title = def == null ? o.id() : def.title().in(lang);
        Question q = known().askedFor().get(o.id());
        List<OptionView> options = new ArrayList<>();
        if (def != null && def.type() == ObservationDef.Type.choice) {
            for (String v : def.values()) {
                // a value no question labels reads as the cause it names, if it names one (text.resembles-1: a title, not an id),
                // and a plain yes or no in the page's language (what an error text's reading sets: term.*, error.*)
                options.add(new OptionView(v, q != null ? label(question(q, null, lang).options(), v, null)
                        : YES_NO.contains(v) ? Messages.get(lang, "value." + v) : causeTitle(v, lang)));
            }
            options.add(new OptionView(Facts.UNKNOWN, Messages.get(lang, "answer.unknown")));
        }
        String label = options.isEmpty() ? o.value() + (def != null && def.unit() != null ? " " + def.unit() : "")
                : label(options, o.value(), null);
        return new FactView(o.id(), title, o.value(), label, o.source().name(), shown(o),
                o.source() != Observation.Source.answer || "corrected by hand".equals(o.detail()), options,
                def != null && def.onlyForRules());
    }

    private List<StepView> steps(Turn t, Lang lang) {
        List<StepView> list = new ArrayList<>();
        for (OfferedStep s : t.steps()) {
            var step = DiagnosisPresenter.step(s.step(), lang);
            list.add(new StepView(step.id(), s.cause(), causeTitle(s.cause(), lang), step.text(), step.who(),
                    step.minutes(), step.risk(), step.kind(), s.tried()));
        }
        return list;
    }

    private List<PivotView> pivots(Turn t, Lang lang) {
        List<PivotView> list = new ArrayList<>();
        for (Turn.Pivot p : t.pivots()) {
            QuestionView q = question(p.question(), null, lang);
            String answer = label(q.options(), p.answer(), q.unit());
            // what the answer would show, as a fact: the question itself was not asked, so it is not quoted
            String fact = known().kb().observation(p.question().observation()).map(d -> d.title().in(lang)).orElse(q.text());
            String text = Messages.get(lang, "pivot.fact", fact, answer, causeTitle(p.cause(), lang),
                    Math.round(p.confidenceIfSo() * 100) + "%");
            list.add(new PivotView(p.cause(), p.question().id(), p.answer(), p.confidenceIfSo(), p.leaderIfSo(), text));
        }
        return list;
    }

    private List<SessionView.FindingView> findings(Turn t, Lang lang) {
        List<SessionView.FindingView> list = new ArrayList<>();
        for (Finding f : t.assessment().findings()) {
            String title = known().kb().finding(f.id()).map(d -> d.title().in(lang)).orElse(f.id());
            list.add(new SessionView.FindingView(f.id(), title, known().presenter().ruleText(f.rule(), lang)));
        }
        return list;
    }

    /** A fact's provenance as people read it: the words quoted, without the name of what read them. */
    static String shown(Observation o) {
        String detail = shown(o.detail());
        // the reader's shorthand before the quoted words of an error text (a term and its lexicon, the classifier's
        // guess and its p) is in English and means nothing to the person; the words quoted are what they recognise.
        // A probe's detail is its measurement and stays whole.
        if (detail == null || o.source() != Observation.Source.errorText && o.source() != Observation.Source.description) {
            return detail;
        }
        int quote = detail.indexOf(": \"");
        return quote > 0 && detail.endsWith("\"") ? detail.substring(quote + 2) : detail;
    }

    /** A detail without the id of the pattern that matched it. */
    static String shown(String detail) {
        if (detail == null) {
            return null;
        }
        var m = PATTERN_ID.matcher(detail);
        return m.matches() ? m.group(1) : detail;
    }

    private static final java.util.regex.Pattern PATTERN_ID = java.util.regex.Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)+: (.+)", java.util.regex.Pattern.DOTALL);

    private String causeTitle(String cause, Lang lang) {
        return known().kb().cause(cause).map(c -> c.title().in(lang)).orElse(cause);
    }

    private static String label(List<OptionView> options, String value, String unit) {
        for (OptionView o : options) {
            if (o.value().equals(value)) {
                return o.label();
            }
        }
        return unit == null ? value : value + " " + unit;
    }
}
