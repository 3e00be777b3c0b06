package com.invoicedoctor.interview;

import com.invoicedoctor.description.CauseResemblance;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.engine.Repair;
import com.invoicedoctor.engine.RuleSession;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.ObservationDef;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.SolutionStep;
import com.invoicedoctor.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The guided interview: the next best question, when to stop, and which steps to try. Stateless. */
public final class Interviewer {
    /** How far one caller's answering may scale the knowledge base's expectation, down and up. */
    static final double LEAST_CALLER = 0.25;
    static final double MOST_CALLER = 2.0;
    /**
     * Below this many facts stated in the person's own words, the interview first asks them to tell more: one open
     * question yields what a dozen closed ones would, which a person mostly cannot answer. One opening sentence
     * gives up to four facts, mostly about the symptom ("slow, now and then, when I click issue"), while what
     * decides is told after it (the 48 round-3 walks: top-1 0.23 from the opening, 0.65 after the open question).
     */
    static final int ENOUGH_TOLD = 5;
    /** Pivots are given for this many leading causes. */
    static final int PIVOTS = 3;
    /** After a step that did not help, at most this many questions before new steps are offered. */
    static final int AFTER_FAILED_STEP = 3;

    private final Reasoner reasoner;
    private final KnowledgeBase kb;
    private final QuestionChooser chooser;
    private final StepPlanner planner;

    public Interviewer(Reasoner reasoner) {
        this(reasoner, null);
    }

    /**
     * An interviewer that keeps the what-ifs an earlier one remembered when they still hold: new learned
     * priors change the diagnosis, not what an answer does to each cause's score.
     */
    public Interviewer(Reasoner reasoner, Interviewer earlier) {
        this.reasoner = reasoner;
        this.kb = reasoner.knowledge();
        this.planner = new StepPlanner(kb);
        this.chooser = earlier != null && reasoner.weighsEvidenceLike(earlier.reasoner) ? earlier.chooser
                : new QuestionChooser(kb);
    }

    /** Whether both interviewers share their remembered what-ifs. */
    boolean sharesWhatIfsWith(Interviewer other) {
        return chooser == other.chooser;
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    /** Checks an answer against its question; "unknown" always fits. */
    public void checkAnswer(String questionId, String value) {
        Question q = kb.question(questionId).orElseThrow(() -> new InvalidAnswerException(
                "unknown question '" + questionId + "'", true));
        if (Facts.UNKNOWN.equals(value)) {
            return;
        }
        boolean fits = q.options().stream().anyMatch(o -> o.value().equals(value))
                || (q.options().isEmpty() && kb.observation(q.observation()).map(d -> d.accepts(value)).orElse(false));
        if (!fits) {
            List<String> expected = new ArrayList<>(q.options().stream().map(Question.Option::value).toList());
            expected.add(Facts.UNKNOWN);
            throw new InvalidAnswerException("answer '" + value + "' does not fit question " + questionId
                    + "; expected " + String.join(", ", expected), false);
        }
    }

    /** Checks a repair report: a known step and an outcome of fixed or failed. */
    public void checkRepair(String stepId, String outcome) {
        step(stepId).orElseThrow(() -> new InvalidAnswerException("unknown solution step '" + stepId + "'", true));
        if (!Repair.FIXED.equals(outcome) && !Repair.FAILED.equals(outcome)) {
            throw new InvalidAnswerException("outcome '" + outcome + "' does not fit; expected fixed or failed", false);
        }
    }

    /**
     * The facts of a case: collected facts, and one report per answered question. Two questions that ask
     * about the same observation (a plain one and a technical check) are two reports: each is evidence,
     * so agreeing reports corroborate and conflicting ones cancel out, as independent noisy testimony should.
     */
    public List<Observation> observations(CaseState state) {
        return new ArrayList<>(slots(state).values());
    }

    /** The facts keyed by the rule-session slot that holds them. */
    private Map<String, Observation> slots(CaseState state) {
        Map<String, Observation> facts = new LinkedHashMap<>();
        state.collected().forEach((id, o) -> facts.put("fact:" + id, o));
        state.answers().forEach((questionId, value) -> {
            if (!Facts.UNKNOWN.equals(value)) {
                kb.question(questionId).filter(q -> !ownWords(q)).ifPresent(q -> facts.put("answer:" + questionId,
                        Observation.of(q.observation(), value, sourceOf(q), questionId)));
            }
        });
        return facts;
    }

    /** A helpdesk question is a check staff ran (a command, a log); a customer question a person's answer. */
    static Observation.Source sourceOf(Question q) {
        return q.audience() == Question.Audience.helpdesk ? Observation.Source.check : Observation.Source.answer;
    }

    /** Where the interview stands for this case. */
    public Turn next(CaseState state, Lang lang) {
        Map<String, Observation> slots = slots(state);
        try (RuleSession session = reasoner.open(List.of())) {
            slots.forEach(session::put);
            state.repairs().forEach((stepId, outcome) -> repairFact(stepId, outcome).ifPresent(session::add));
            Assessment now = session.assess();
            Map<String, String> known = new HashMap<>();
            slots.values().forEach(o -> known.put(o.id(), o.value()));
            List<OfferedStep> steps = planner.plan(now, state.audience(), state.repairs(), known);
            boolean anyUntried = steps.stream().anyMatch(s -> s.tried() == null);
            if (state.repairs().containsValue(Repair.FIXED)) {
                return new Turn(now, null, null, true, Turn.Outcome.fixed, steps, List.of());
            }
            Optional<Question> tellMore = tellMore(state, slots.values());
            if (tellMore.isPresent() && now.top().confidence() < kb.settings().stopThreshold()) {
                return new Turn(now, tellMore.get(), Messages.get(lang, "why.own-words"), false, Turn.Outcome.asking, steps, List.of());
            }
            List<String> repairs = state.repairs().entrySet().stream().map(e -> e.getKey() + '=' + e.getValue()).toList();
            List<Candidate> candidates = chooser.rank(session, now, askable(state, slots.values()), slots.values(), repairs,
                    caller(state));
            List<Turn.Pivot> pivots = pivots(now, candidates);
            if (now.top().confidence() >= kb.settings().stopThreshold()) {
                return new Turn(now, null, null, true, anyUntried ? Turn.Outcome.confident : Turn.Outcome.escalate, steps, pivots);
            }
            int afterStep = -1;
            if (state.repairs().containsValue(Repair.FAILED)) {
                // a step did not help: ask only what would change which cause leads, a few questions, then new steps
                afterStep = state.answers().size() - state.answersAtRepair();
                candidates = candidates.stream().filter(c -> couldChangeLeader(c, now)).toList();
            }
            if (candidates.isEmpty() || candidates.get(0).gain() < kb.settings().worthAskingOrDefault() || !anyCouldChangeLeader(candidates, now)
                    || afterStep >= AFTER_FAILED_STEP) {
                return new Turn(now, null, null, true, anyUntried ? Turn.Outcome.exhausted : Turn.Outcome.escalate, steps, pivots);
            }
            Candidate best = candidates.get(0);
            Turn.QuestionsLeft left = left(now, best, candidates.size(), afterStep);
            return new Turn(now, best.question(), why(best, now, lang, state.audience()), false, Turn.Outcome.asking, steps, pivots, left);
        }
    }

    /**
     * How this caller answers compared with people in general: the answers they gave (not "I don't know") over
     * the answers the knowledge base's knownShare expected of the questions asked, both counted from one, so a
     * first "I don't know" moves little. A caller who could not answer the last five questions is asked less;
     * one who knows their setup well is asked more.
     */
    double caller(CaseState state) {
        double expected = 1;
        double given = 1;
        for (Map.Entry<String, String> a : state.answers().entrySet()) {
            expected += chooser.known(a.getKey());
            if (!Facts.UNKNOWN.equals(a.getValue())) {
                given++;
            }
        }
        return Math.max(LEAST_CALLER, Math.min(MOST_CALLER, given / expected));
    }

    /**
     * Whether some answer to some remaining question would put another cause first. When none would, more
     * questions only move numbers, not the diagnosis, and the interview stops.
     */
    private static boolean anyCouldChangeLeader(List<Candidate> candidates, Assessment now) {
        return candidates.stream().anyMatch(c -> couldChangeLeader(c, now));
    }

    /** Whether some answer to this question would put another cause first. */
    private static boolean couldChangeLeader(Candidate c, Assessment now) {
        String leader = now.top().cause();
        return c.outcomes().values().stream().anyMatch(o -> !o.top().equals(leader));
    }

    /**
     * How many questions are still to come, from the interview's own belief: the bits between now and a leader at
     * the stop threshold, divided by what the best question is expected to give. The best question's gain is an
     * optimistic rate, so the high end doubles it; never more than the questions left to ask.
     */
    private Turn.QuestionsLeft left(Assessment now, Candidate best, int askable, int afterStep) {
        if (afterStep >= 0) {
            int most = Math.min(askable, AFTER_FAILED_STEP - afterStep);
            return new Turn.QuestionsLeft(1, Math.max(1, most), true);
        }
        double stop = kb.settings().stopThreshold();
        double target = -(stop * log2(stop) + (1 - stop) * log2(1 - stop));
        double bits = Math.max(0, now.entropy() - target);
        int low = (int) Math.max(1, Math.min(askable, Math.ceil(bits / Math.max(best.gain(), 0.05))));
        int high = Math.max(low, Math.min(askable, low * 2));
        return new Turn.QuestionsLeft(low, high, false);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Questions this audience may be asked and has not been asked yet. A question about a fact already known,
     * from any source (an answer, the person's description, a probe, an error text), is not asked; nor is one
     * whose precondition is not known to hold ("switch the VPN off" before anyone said a VPN is in use). A
     * helpdesk session does not ask the caller what a helpdesk check stands in for, not even when the check came
     * back unknown: in the walks, a caller asked right after such a check knew no more (152 of 164 times unknown).
     */
    List<Question> askable(CaseState state) {
        return askable(state, slots(state).values());
    }

    /** The same, for the case's facts already gathered. */
    private List<Question> askable(CaseState state, java.util.Collection<Observation> facts) {
        Map<String, String> known = new HashMap<>();
        facts.forEach(o -> known.put(o.id(), o.value()));
        Set<String> standIns = standIns(state);
        List<Question> list = new ArrayList<>();
        for (Question q : kb.questions()) {
            if (q.askableBy(state.audience()) && !state.answers().containsKey(q.id()) && !known.containsKey(q.observation())
                    && q.applies(known) && !standIns.contains(q.id()) && !ownWords(q)) {
                list.add(q);
            }
        }
        return list;
    }

    /** Whether a question asks for the person's own words (read like a description) rather than one value. */
    public boolean ownWords(Question q) {
        return kb.observation(q.observation()).map(d -> d.type() == ObservationDef.Type.text).orElse(false);
    }

    /**
     * The open question to ask before any other, in this audience's wording: when nothing has been asked yet and
     * the person's first words stated fewer than {@link #ENOUGH_TOLD} facts.
     */
    private Optional<Question> tellMore(CaseState state, java.util.Collection<Observation> facts) {
        if (!state.answers().isEmpty() || CauseResemblance.stated(List.copyOf(facts)).size() >= ENOUGH_TOLD) {
            return Optional.empty();
        }
        return kb.questions().stream().filter(this::ownWords).filter(q -> q.askableBy(state.audience()))
                .min(java.util.Comparator.comparing(q -> q.audience() == state.audience() ? 0 : 1));
    }

    /** The customer questions that a helpdesk check stands in for in this session. */
    private Set<String> standIns(CaseState state) {
        Set<String> replaced = new HashSet<>();
        if (state.audience() == Question.Audience.helpdesk) {
            for (Question q : kb.questions()) {
                if (q.insteadOf() != null) {
                    replaced.add(q.insteadOf());
                }
            }
        }
        return replaced;
    }

    /** For each leading cause, the open answer that would move it most. */
    private List<Turn.Pivot> pivots(Assessment now, List<Candidate> candidates) {
        List<Turn.Pivot> pivots = new ArrayList<>();
        for (int i = 0; i < Math.min(PIVOTS, now.ranking().size()); i++) {
            String cause = now.ranking().get(i).cause();
            double before = now.ranking().get(i).confidence();
            Turn.Pivot best = null;
            double bestShift = 0.05;
            for (Candidate c : candidates) {
                for (Map.Entry<String, WhatIfDiagnosis> e : c.outcomes().entrySet()) {
                    double after = e.getValue().confidence(cause);
                    if (Math.abs(after - before) > bestShift) {
                        bestShift = Math.abs(after - before);
                        best = new Turn.Pivot(cause, c.question(), e.getKey(), after, e.getValue().top());
                    }
                }
            }
            if (best != null) {
                pivots.add(best);
            }
        }
        return pivots;
    }

    /**
     * Which hypotheses the question separates: for each answer, the cause it would raise most. Staff get the causes'
     * titles; a customer gets where the fault would be, in everyday words (the cause families), since what the
     * answer shows matters to them more than a technical cause's name.
     */
    private String why(Candidate best, Assessment now, Lang lang, Question.Audience audience) {
        List<String> raised = new ArrayList<>();
        for (WhatIfDiagnosis after : best.outcomes().values()) {
            String winner = null;
            double rise = 0.01;
            for (Assessment.Ranked r : now.ranking()) {
                double delta = after.confidence(r.cause()) - r.confidence();
                if (delta > rise) {
                    rise = delta;
                    winner = r.cause();
                }
            }
            if (winner != null && !raised.contains(winner)) {
                raised.add(winner);
            }
        }
        if (raised.isEmpty()) {
            raised.add(now.top().cause());
        }
        if (audience == Question.Audience.customer) {
            String first = family(raised.get(0));
            String second = raised.size() > 1 ? family(raised.get(1)) : first;
            return first.equals(second)
                    ? Messages.get(lang, "why.where.within", Messages.get(lang, "where." + first))
                    : Messages.get(lang, "why.where", Messages.get(lang, "where." + first), Messages.get(lang, "where." + second));
        }
        if (raised.size() == 1) {
            return Messages.get(lang, "why.confirms", title(raised.get(0), lang));
        }
        return Messages.get(lang, "why.separates", title(raised.get(0), lang), title(raised.get(1), lang));
    }

    private String family(String cause) {
        return kb.cause(cause).map(Cause::family).orElse("network");
    }

    private String title(String cause, Lang lang) {
        return kb.cause(cause).map(c -> c.title().in(lang)).orElse(cause);
    }

    private Optional<Repair> repairFact(String stepId, String outcome) {
        return step(stepId).map(found -> new Repair(stepId, found.cause().id(), found.step().kind().name(), outcome,
                found.step().shareOrDefault()));
    }

    private Optional<CauseStep> step(String stepId) {
        for (Cause c : kb.causes()) {
            for (SolutionStep s : c.solutions()) {
                if (s.id().equals(stepId)) {
                    return Optional.of(new CauseStep(c, s));
                }
            }
        }
        return Optional.empty();
    }

    private record CauseStep(Cause cause, SolutionStep step) {
    }
}
