package com.invoicedoctor.bench;

import com.invoicedoctor.description.CauseResemblance;
import com.invoicedoctor.description.Description;
import com.invoicedoctor.description.DescriptionReader;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.knowledge.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs every scenario with a simulated user through (a) the adaptive interview, which starts from what the
 * scenario's story says (as a person types it into the first box), and (b) the fixed questionnaire that walks the
 * article's tree in order, both stopping at the same confidence threshold. It also reads every story alone, in
 * both languages, to measure what the description reading gives before any question.
 */
public final class Benchmark {
    /** Safety net: no simulated interview asks more than this. */
    static final int MAX_QUESTIONS = 80;

    private final KnowledgeBase kb;
    private final Reasoner reasoner;
    private final Interviewer interviewer;
    private final Description description;
    private final CauseResemblance resemblance;

    public Benchmark(KnowledgeBase kb, Reasoner reasoner) {
        this.kb = kb;
        this.reasoner = reasoner;
        this.interviewer = new Interviewer(reasoner);
        this.resemblance = new CauseResemblance(kb);
        this.description = new Description(new DescriptionReader(kb), new ErrorTextAnalyzer(kb), resemblance);
    }

    /** What reading one story alone gave: whether any fact was read, and where the true cause ranked. */
    record StoryReading(boolean factsRead, boolean top1, boolean top3) {
    }

    /** Reads a scenario's story in one language and ranks the causes on that alone. */
    private StoryReading readStory(Scenario s, Description stranger, Lang lang) {
        List<Observation> facts = storyFacts(s, stranger, lang);
        List<String> ranking = reasoner.assess(facts).ranking().stream().map(Assessment.Ranked::cause).toList();
        return new StoryReading(!facts.isEmpty(), ranking.get(0).equals(s.cause()),
                ranking.subList(0, Math.min(3, ranking.size())).contains(s.cause()));
    }

    /** The facts a scenario's story tells, read by {@code stranger}: a reading whose resemblance has not seen it. */
    private static List<Observation> storyFacts(Scenario s, Description stranger, Lang lang) {
        String text = s.story() == null ? null : s.story().in(lang);
        return text == null ? List.of() : stranger.read(text);
    }

    /** The reading of a scenario's story as a stranger's: the resemblance layer without this story. */
    private Description stranger(Scenario s) {
        return description.with(resemblance.leavingOut(s.id()));
    }

    /** The language a scenario's caller speaks in the interview: half the scenarios each, fixed by the id. */
    static Lang storyLang(Scenario s) {
        return (s.id().hashCode() & 1) == 0 ? Lang.zh : Lang.en;
    }

    /** Runs the benchmark with one caller per scenario; the same seed gives the same figures. */
    public BenchReport run(Audience audience, Caller caller, long seed) {
        return run(audience, caller, seed, 1, interviews -> { });
    }

    /**
     * Runs the benchmark with {@code draws} callers per scenario, giving {@code scenarioDone} each scenario's
     * adaptive interviews as it finishes (from any thread), for progress or a closer look. The caller is random (which facts they can tell, which answers they
     * get wrong), so one draw over a hundred-odd scenarios gives figures that move with the seed, the ECE most (its
     * small bins hold a handful of interviews); every figure is over all draws' interviews. Draw 0 is the one-draw run.
     */
    public BenchReport run(Audience audience, Caller caller, long seed, int draws,
                           java.util.function.Consumer<List<CaseResult>> scenarioDone) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, was " + draws);
        }
        List<CaseResult> adaptive = new ArrayList<>();
        List<CaseResult> fixed = new ArrayList<>();
        List<Double> nextMillis = Collections.synchronizedList(new ArrayList<>());
        // scenarios are independent and each has its own seeded user, so running them in parallel changes no figure
        List<StoryReading> stories = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger unknowns = new java.util.concurrent.atomic.AtomicInteger();
        List<List<CaseResult[]>> perScenario = kb.scenarios().parallelStream().map(s -> {
            Description stranger = stranger(s);
            stories.add(readStory(s, stranger, Lang.zh));
            stories.add(readStory(s, stranger, Lang.en));
            List<Observation> told = storyFacts(s, stranger, storyLang(s));
            List<CaseResult[]> pairs = new ArrayList<>();
            for (int draw = 0; draw < draws; draw++) {
                long scenarioSeed = drawSeed(seed, s, draw);
                SimulatedUser user = caller.user(kb, s, new Random(scenarioSeed));
                CaseResult interviewed = interview(s, audience, user, nextMillis, told);
                asked.addAndGet(user.asked());
                unknowns.addAndGet(user.unknowns());
                pairs.add(new CaseResult[] {interviewed, questionnaire(s, audience, caller.user(kb, s, new Random(scenarioSeed)))});
            }
            scenarioDone.accept(pairs.stream().map(pair -> pair[0]).toList());
            return pairs;
        }).toList();
        List<String> misses = new ArrayList<>();
        for (List<CaseResult[]> pairs : perScenario) {
            List<CaseResult> missed = new ArrayList<>();
            for (CaseResult[] pair : pairs) {
                adaptive.add(pair[0]);
                fixed.add(pair[1]);
                if (!pair[0].top1()) {
                    missed.add(pair[0]);
                }
            }
            if (!missed.isEmpty()) {
                CaseResult first = missed.get(0);
                misses.add(first.scenario() + " -> " + first.ranking().get(0)
                        + String.format(" (%.2f)", first.topConfidence())
                        + (draws == 1 ? "" : " in " + missed.size() + " of " + draws + " draws"));
            }
        }
        List<Double> sortedMillis = new ArrayList<>(nextMillis);
        Collections.sort(sortedMillis);
        double median = sortedMillis.isEmpty() ? 0 : sortedMillis.get(sortedMillis.size() / 2);
        return new BenchReport(kb.scenarios().size(), draws, adaptive.size(), audience.name(), caller.describe(), seed,
                share(adaptive, true), share(adaptive, false), meanQuestions(adaptive), Calibration.ece(adaptive),
                round(share(adaptive, CaseResult::confident)), round(share(adaptive, r -> r.confident() && !r.top1())),
                asked.get() == 0 ? 0 : round((double) unknowns.get() / asked.get()),
                share(fixed, true), share(fixed, false), meanQuestions(fixed), Calibration.ece(fixed),
                Math.round(median * 100) / 100.0, reasoner.temperature(),
                round(share(stories, StoryReading::top1)), round(share(stories, StoryReading::top3)),
                round(share(stories, StoryReading::factsRead)), Calibration.reliability(adaptive), misses);
    }

    /** The seed of one scenario's caller in one draw; draw 0 keeps the seed a one-draw run always had. */
    static long drawSeed(long seed, Scenario s, int draw) {
        long base = seed ^ s.id().hashCode();
        return draw == 0 ? base : base ^ (draw * 0x9E3779B97F4A7C15L);
    }

    private CaseResult interview(Scenario s, Audience audience, SimulatedUser user, List<Double> nextMillis,
                                 List<Observation> told) {
        Interview ended = interview(audience, user, nextMillis, told);
        return result(s, ended.last().assessment(), ended.asked(), ended.last().outcome() == Turn.Outcome.confident);
    }

    /** How a simulated interview ended: its last turn (done, or at the question limit) and the questions asked. */
    record Interview(Turn last, int asked) {
    }

    /** Runs one simulated interview to its end, timing each choice of the next question into {@code nextMillis}. */
    Interview interview(Audience audience, SimulatedUser user, List<Double> nextMillis) {
        return interview(audience, user, nextMillis, List.of());
    }

    /** The same, starting from the facts the caller's own words told. */
    Interview interview(Audience audience, SimulatedUser user, List<Double> nextMillis, List<Observation> told) {
        CaseState state = CaseState.start(audience).collect(told);
        int asked = 0;
        while (true) {
            long start = System.nanoTime();
            Turn turn = interviewer.next(state, Lang.en);
            nextMillis.add((System.nanoTime() - start) / 1e6);
            if (turn.done() || asked >= MAX_QUESTIONS) {
                return new Interview(turn, asked);
            }
            state = state.answer(turn.question().id(), user.answer(turn.question()));
            asked++;
        }
    }

    private CaseResult questionnaire(Scenario s, Audience audience, SimulatedUser user) {
        CaseState state = CaseState.start(audience);
        int asked = 0;
        Assessment now = reasoner.assess(List.of());
        for (String id : kb.questionnaire()) {
            Question q = kb.question(id).orElseThrow();
            if (!q.askableBy(audience) || now.top().confidence() >= kb.settings().stopThreshold()) {
                continue;
            }
            state = state.answer(id, user.answer(q));
            asked++;
            List<Observation> facts = interviewer.observations(state);
            now = reasoner.assess(facts);
        }
        return result(s, now, asked, now.top().confidence() >= kb.settings().stopThreshold());
    }

    private static CaseResult result(Scenario s, Assessment a, int asked, boolean confident) {
        return new CaseResult(s.id(), s.cause(), a.ranking().stream().map(Assessment.Ranked::cause).toList(),
                a.top().confidence(), asked, confident);
    }

    private static double share(List<CaseResult> results, boolean top1) {
        if (results.isEmpty()) {
            return 0;
        }
        long hits = results.stream().filter(r -> top1 ? r.top1() : r.top3()).count();
        return round((double) hits / results.size());
    }

    private static <T> double share(List<T> items, java.util.function.Predicate<T> hit) {
        return items.isEmpty() ? 0 : (double) items.stream().filter(hit).count() / items.size();
    }

    private static double meanQuestions(List<CaseResult> results) {
        return round(results.stream().mapToInt(CaseResult::questions).average().orElse(0));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
