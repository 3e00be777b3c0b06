package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseCodes;
import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.cases.CaseRecorder;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.engine.DiagnosisPresenter;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Repair;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.OfferedStep;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.SolutionStep;
import com.invoicedoctor.session.SessionRecord;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.session.Snapshot;
import com.invoicedoctor.session.StepReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what an agent sees of a case. A customer's session is continued as a helpdesk interview over the same
 * answers and facts: answered questions are never asked again, and technical questions become possible.
 */
final class CaseDetailBuilder {
    private final CaseStore cases;
    private final CaseRecorder recorder;
    private final LiveKnowledge live;
    private final CaseNotes notes;
    private final Sessions sessions;

    CaseDetailBuilder(CaseStore cases, CaseRecorder recorder, LiveKnowledge live, CaseNotes notes, Sessions sessions) {
        this.cases = cases;
        this.recorder = recorder;
        this.live = live;
        this.notes = notes;
        this.sessions = sessions;
    }

    /** The case of a session, creating it from the session when staff look at it for the first time. */
    CaseRecord ensure(String sessionId) {
        return cases.find(sessionId).orElseGet(() -> {
            recorder.accept(sessions.get(sessionId, null));
            return cases.get(sessionId);
        });
    }

    /** Everything about one case in one language. */
    CaseDetail build(String sessionId, Lang lang) {
        Snapshot snapshot = sessions.get(sessionId, lang);
        CaseRecord record = ensure(sessionId);
        SessionRecord session = snapshot.session();
        LiveKnowledge.Current live = this.live.get();
        KnowledgeBase kb = live.kb();
        Turn turn = live.interviewer().next(asHelpdesk(session.state()), lang);
        List<CaseDetail.AnswerLine> answers = new ArrayList<>();
        for (Map.Entry<String, String> a : session.answered()) {
            Question q = kb.question(a.getKey()).orElse(null);
            answers.add(new CaseDetail.AnswerLine(a.getKey(), q == null ? a.getKey() : q.text().in(lang), a.getValue(),
                    label(q, a.getValue(), lang)));
        }
        List<CaseDetail.FactLine> facts = new ArrayList<>();
        // a fact whose value is a cause (what a text resembles) shows the cause's title; the source in the staff's words
        session.state().collected().values().forEach(o -> facts.add(new CaseDetail.FactLine(o.id(),
                kb.observation(o.id()).map(d -> d.title().in(lang)).orElse(o.id()), o.value(), o.source().name(), o.detail(),
                kb.cause(o.value()).map(c -> c.title().in(lang)).orElse(o.value()),
                Messages.has(lang, "staff.source." + o.source().name())
                        ? Messages.get(lang, "staff.source." + o.source().name()) : o.source().name())));
        CaseDetail.QuestionLine question = null;
        if (turn.question() != null) {
            Question q = turn.question();
            List<CaseDetail.Option> options = new ArrayList<>();
            q.options().forEach(o -> options.add(new CaseDetail.Option(o.value(), o.label().in(lang))));
            options.add(new CaseDetail.Option(Facts.UNKNOWN, Messages.get(lang, "staff.case.unknown")));
            question = new CaseDetail.QuestionLine(q.id(), q.text().in(lang), options, turn.why());
        }
        List<CaseDetail.CauseOption> causes = new ArrayList<>();
        for (Cause c : kb.causes()) {
            List<CaseDetail.Option> steps = new ArrayList<>();
            c.solutions().forEach(s -> steps.add(new CaseDetail.Option(s.id(), s.text().in(lang))));
            causes.add(new CaseDetail.CauseOption(c.id(), c.title().in(lang), steps));
        }
        List<StepReport> reports = sessions.stepReports(sessionId);
        List<CaseDetail.StepLine> steps = steps(kb, turn, reports, lang);
        String presetStep = record.fixedStep() != null ? record.fixedStep() : fixedStep(reports);
        String presetCause = record.confirmedCause() != null ? record.confirmedCause()
                : presetStep != null ? causeOfStep(kb, presetStep).map(Cause::id).orElse(record.topCause()) : record.topCause();
        return new CaseDetail(record, record.code() == null ? null : CaseCodes.spoken(record.code()), answers, facts,
                question, turn.done(), turn.outcome().name(), new DiagnosisPresenter(kb).present(turn.assessment(), lang, 3),
                notes.of(sessionId), session.notes(), causes, sessions.texts(sessionId), steps, presetCause,
                presetStep);
    }

    /** The steps in the order the interview offers them, then the other steps the person reported on. */
    static List<CaseDetail.StepLine> steps(KnowledgeBase kb, Turn turn, List<StepReport> reports, Lang lang) {
        Map<String, List<StepReport>> byStep = new LinkedHashMap<>();
        reports.forEach(r -> byStep.computeIfAbsent(r.step(), k -> new ArrayList<>()).add(r));
        List<CaseDetail.StepLine> lines = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (OfferedStep offered : turn.steps()) {
            if (listed.add(offered.step().id())) {
                lines.add(line(kb, offered.cause(), offered.step(), lines.size() + 1,
                        byStep.getOrDefault(offered.step().id(), List.of()), lang));
            }
        }
        byStep.forEach((step, list) -> {
            if (listed.add(step)) {
                causeOfStep(kb, step).ifPresent(cause -> cause.solutions().stream().filter(s -> s.id().equals(step))
                        .findFirst().ifPresent(s -> lines.add(line(kb, cause.id(), s, 0, list, lang))));
            }
        });
        return lines;
    }

    private static CaseDetail.StepLine line(KnowledgeBase kb, String cause, SolutionStep step, int rank,
                                            List<StepReport> reports, Lang lang) {
        String title = kb.cause(cause).map(c -> c.title().in(lang)).orElse(cause);
        String outcome = reports.isEmpty() ? null : reports.get(reports.size() - 1).outcome();
        String who = step.who().name();
        String whoLabel = Messages.has(lang, "staff.who." + who) ? Messages.get(lang, "staff.who." + who) : who;
        return new CaseDetail.StepLine(step.id(), cause, title, step.text().in(lang), who, whoLabel, step.minutes(),
                rank, outcome, List.copyOf(reports));
    }

    /** The cause a solution step belongs to. */
    static java.util.Optional<Cause> causeOfStep(KnowledgeBase kb, String step) {
        return kb.causes().stream().filter(c -> c.solutions().stream().anyMatch(s -> s.id().equals(step))).findFirst();
    }

    /** The step most recently reported as the fix and not taken back since, if any. */
    static String fixedStep(List<StepReport> reports) {
        Map<String, String> latest = new LinkedHashMap<>();
        String fixed = null;
        for (StepReport r : reports) {
            latest.put(r.step(), r.outcome());
            if (Repair.FIXED.equals(r.outcome())) {
                fixed = r.step();
            }
        }
        return fixed != null && Repair.FIXED.equals(latest.get(fixed)) ? fixed : null;
    }

    /** The same case asked by helpdesk staff: same answers, facts and repairs. */
    static CaseState asHelpdesk(CaseState state) {
        return new CaseState(Audience.helpdesk, state.answers(), state.collected(), state.repairs());
    }

    private static String label(Question q, String value, Lang lang) {
        if (Facts.UNKNOWN.equals(value)) {
            return Messages.get(lang, "staff.case.unknown");
        }
        if (q == null) {
            return value;
        }
        return q.options().stream().filter(o -> o.value().equals(value)).map(o -> o.label().in(lang)).findFirst().orElse(value);
    }
}
