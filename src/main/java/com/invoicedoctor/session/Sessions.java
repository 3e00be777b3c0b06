package com.invoicedoctor.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.invoicedoctor.description.Description;
import com.invoicedoctor.description.DescriptionReader;
import com.invoicedoctor.engine.Facts;
import com.invoicedoctor.engine.InvalidFactException;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.interview.Turn;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The interview sessions: start one, answer, report a repair, add facts, keep notes. Every change reads the
 * session, applies the change, and writes it back only if nobody changed it meanwhile; otherwise it starts
 * over, so concurrent changes to one session are all kept.
 */
public final class Sessions {
    /** Longest case notes accepted. */
    public static final int MAX_NOTES = 10_000;
    static final int ATTEMPTS = 50;

    private final SessionStore store;
    /**
     * The sessions as this process last stored them. A change starts from here instead of reading the
     * database first; the write is still checked against the stored version, so when another instance changed the
     * session meanwhile the write fails and the change starts over from a fresh read.
     */
    private final Cache<String, SessionRecord> lastStored = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();
    private final Supplier<Interviewer> interviewers;
    private final Consumer<Snapshot> listener;
    private volatile Live live;
    /** Changes being worked on now; turns are prepared ahead only while the processors are not all taken by them. */
    private final AtomicInteger working = new AtomicInteger();
    /**
     * One thread for turns prepared ahead, leaving the other processors to requests. When 64 wait, the oldest is
     * dropped: its person has most likely answered already.
     */
    private final ThreadPoolExecutor spare = spareThread();
    private final Executor idle = task -> {
        if (working.get() < PROCESSORS) {
            spare.execute(task);
        }
    };
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private static ThreadPoolExecutor spareThread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "turns-ahead");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardOldestPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public Sessions(SessionStore store, Interviewer interviewer) {
        this(store, () -> interviewer, snapshot -> { });
    }

    /**
     * Sessions served by whichever interviewer is live at each call (knowledge reloads and learned priors swap it);
     * every start and change is reported to the listener (the helpdesk's case list).
     */
    public Sessions(SessionStore store, Supplier<Interviewer> interviewers, Consumer<Snapshot> listener) {
        this.store = store;
        this.interviewers = interviewers;
        this.listener = listener;
    }

    /** The live interviewer; the first call after a start or a reload also starts building its readers. */
    public Interviewer interviewer() {
        return live().interviewer();
    }

    /**
     * What belongs to one live interviewer: its turns, and its error-text and description readers. The readers take
     * a second or more to build (the Chinese word dictionary, the phrase index) and only requests that read words
     * need them, so they are built in the background from the moment the interviewer goes live; such a request
     * waits for them only when it comes in before they are done.
     */
    private record Live(Interviewer interviewer, CompletableFuture<Readers> readers, Turns turns) {
        Readers ready() {
            try {
                return readers.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private record Readers(ErrorTextAnalyzer analyzer, Description description) {
        static Readers of(KnowledgeBase kb) {
            ErrorTextAnalyzer analyzer = new ErrorTextAnalyzer(kb);
            return new Readers(analyzer, new Description(kb, analyzer));
        }
    }

    private Live live() {
        Interviewer now = interviewers.get();
        Live current = live;
        if (current == null || current.interviewer() != now) {
            synchronized (this) {
                current = live;
                if (current == null || current.interviewer() != now) {
                    current = new Live(now, CompletableFuture.supplyAsync(() -> Readers.of(now.knowledge()), BUILD_READERS),
                            new Turns(now, 2_000));
                    live = current;
                }
            }
        }
        return current;
    }

    /** Builds a set of readers on a thread of its own, which ends with it. */
    private static final Executor BUILD_READERS = task -> {
        Thread t = new Thread(task, "readers");
        t.setDaemon(true);
        t.start();
    };

    /** Starts a session for a customer or a helpdesk agent. */
    public Snapshot start(Audience audience, Lang lang) {
        return start(audience, lang, List.of());
    }

    /** Starts a session that already knows some facts (read from the person's description). */
    public Snapshot start(Audience audience, Lang lang, List<Observation> known) {
        Live now = live();
        CaseState state = CaseState.start(audience).collect(known);
        Turn turn = now.turns().of(state, lang);
        SessionRecord r = store.create(new SessionRecord(SessionIds.next(), audience, lang,
                now.interviewer().knowledge().version(), turn.outcome().name(), state, List.of(), "", SessionChecks.NONE,
                null, null, 0));
        lastStored.put(r.id(), r);
        now.turns().ahead(state, turn, lang, idle);
        Snapshot snapshot = new Snapshot(r, turn, known);
        listener.accept(snapshot);
        return snapshot;
    }

    /**
     * Starts a session from the person's own words (what happened, or a pasted error message): the facts they state
     * are known from the start, and the words are kept for the agent.
     */
    public Snapshot startDescribed(Audience audience, Lang lang, String text) {
        if (text == null || text.isBlank()) {
            return start(audience, lang, List.of()); // nothing to read: the reader is not even asked
        }
        Snapshot started = start(audience, lang, describe(text));
        store.keepText(started.session().id(), PastedText.DESCRIPTION, text);
        return started;
    }

    /** The words people gave in this session, as kept, oldest first. */
    public List<PastedText> texts(String id) {
        return store.texts(id);
    }

    /** Every report of a step fixing the fault or not, with its time, oldest first. */
    public List<StepReport> stepReports(String id) {
        return store.stepReports(id);
    }

    /** The session and its current turn; {@code lang} null means the session's own language. */
    public Snapshot get(String id, Lang lang) {
        SessionRecord r = store.find(id).orElseThrow(() -> new SessionNotFoundException(id));
        return new Snapshot(r, turn(r, lang == null ? r.lang() : lang));
    }

    /** Gives or changes an answer ("unknown" always fits). */
    public Snapshot answer(String id, String question, String value, Lang lang) {
        Interviewer interviewer = interviewer();
        boolean ownWords = interviewer.knowledge().question(question).map(interviewer::ownWords).orElse(false);
        // the person's own words are kept as the answer, and what they state is added like a description's facts; what
        // the whole of their words reads like is weighed again with the description they started from
        List<Observation> told = ownWords && value != null && !Facts.UNKNOWN.equals(value)
                ? describe(value, earlierWords(id)) : List.of();
        return change(id, lang, r -> {
            interviewer.checkAnswer(question, value);
            return r.withState(r.state().answer(question, value).collect(told));
        }, told);
    }

    /** Records that a solution step fixed the fault or did not. */
    public Snapshot repair(String id, String step, String outcome, Lang lang) {
        return change(id, lang, r -> {
            interviewer().checkRepair(step, outcome);
            return r.withState(r.state().repair(step, outcome));
        }, List.of());
    }

    /** Adds facts given as observation id to value (from collect --json, a script, the browser's checks). */
    public Snapshot collect(String id, Map<String, ?> facts, Observation.Source source, String detail, Lang lang) {
        List<Observation> parsed = Facts.parse(facts, interviewer().knowledge(), source, detail);
        return change(id, lang, r -> r.withState(r.state().collect(parsed)), parsed);
    }

    /** A person's correction of a collected fact; "unknown" removes it. */
    public Snapshot correct(String id, String observation, String value, Lang lang) {
        if (Facts.UNKNOWN.equals(value)) {
            interviewer().knowledge().observation(observation).orElseThrow(() -> new InvalidFactException(
                    "unknown observation '" + observation + "'"));
        } else {
            Facts.check(interviewer().knowledge(), observation, value);
        }
        Observation fact = Observation.of(observation, value, Observation.Source.answer, "corrected by hand");
        return change(id, lang, r -> r.withState(Facts.UNKNOWN.equals(value) ? without(r.state(), observation)
                : r.state().collect(List.of(fact))), List.of());
    }

    /** Reads a pasted error text and adds what it reveals. */
    public Snapshot errorText(String id, String text, Lang lang) {
        Snapshot changed = add(id, read(text), lang);
        store.keepText(id, PastedText.ERROR_TEXT, text);
        return changed;
    }

    /** Adds facts already checked against the knowledge base (from {@link #read} or a probe run). */
    public Snapshot add(String id, List<Observation> facts, Lang lang) {
        return change(id, lang, r -> r.withState(r.state().collect(facts)), facts);
    }

    /** The facts an error text reveals (without a session). */
    public List<Observation> read(String errorText) {
        if (errorText != null && errorText.length() > ErrorTextAnalyzer.MAX_CHARS) {
            throw new InputTooLargeException("the error text", errorText.length(), ErrorTextAnalyzer.MAX_CHARS);
        }
        return live().ready().analyzer().analyse(errorText);
    }

    /** Reads the person's own description of what happened and adds what it states. */
    public Snapshot description(String id, String text, Lang lang) {
        Snapshot changed = add(id, describe(text), lang);
        store.keepText(id, PastedText.DESCRIPTION, text);
        return changed;
    }

    /** The facts a description states (without a session); see {@link Description}. */
    public List<Observation> describe(String text) {
        return describe(text, "");
    }

    /** The same, with what the person wrote before in this session counted in what the whole reads like. */
    private List<Observation> describe(String text, String earlier) {
        if (text != null && text.length() > DescriptionReader.MAX_CHARS) {
            throw new InputTooLargeException("the description", text.length(), DescriptionReader.MAX_CHARS);
        }
        return live().ready().description().read(text, earlier);
    }

    /** The descriptions this session was given so far, one after the other. */
    private String earlierWords(String id) {
        StringBuilder words = new StringBuilder();
        for (PastedText t : store.texts(id)) {
            if (PastedText.DESCRIPTION.equals(t.kind())) {
                words.append(t.text()).append('\n');
            }
        }
        return words.toString();
    }

    /** Replaces the case notes. */
    public Snapshot notes(String id, String notes, Lang lang) {
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InputTooLargeException("the notes", notes.length(), MAX_NOTES);
        }
        return change(id, lang, r -> r.withNotes(notes == null ? "" : notes.strip()), List.of());
    }

    /** Stores what checks found: their results and their facts. */
    public Snapshot checked(String id, UnaryOperator<SessionChecks> results, List<Observation> facts, Lang lang) {
        return change(id, lang, r -> r.withChecks(results.apply(r.checks())).withState(r.state().collect(facts)), facts);
    }

    private Snapshot change(String id, Lang lang, UnaryOperator<SessionRecord> change, List<Observation> added) {
        working.incrementAndGet();
        try {
            return changeOnce(id, lang, change, added);
        } finally {
            working.decrementAndGet();
        }
    }

    private Snapshot changeOnce(String id, Lang lang, UnaryOperator<SessionRecord> change, List<Observation> added) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            SessionRecord known = attempt == 1 ? lastStored.getIfPresent(id) : null;
            SessionRecord read = known != null ? known : store.find(id).orElseThrow(() -> new SessionNotFoundException(id));
            Lang shown = lang == null ? read.lang() : lang;
            SessionRecord next = change.apply(read);
            Live now = live();
            Turn turn = now.turns().of(next.state(), shown);
            var stored = store.replace(read, next.withStatus(turn.outcome().name()));
            if (stored.isPresent()) {
                lastStored.put(id, stored.get());
                now.turns().ahead(next.state(), turn, shown, idle);
                Snapshot snapshot = new Snapshot(stored.get(), turn, added);
                listener.accept(snapshot);
                return snapshot;
            }
            backOff(attempt);
        }
        throw new ConcurrentChangeException(id, ATTEMPTS);
    }

    private Turn turn(SessionRecord r, Lang lang) {
        return live().turns().of(r.state(), lang);
    }

    private static CaseState without(CaseState s, String observation) {
        Map<String, Observation> collected = new LinkedHashMap<>(s.collected());
        collected.remove(observation);
        return new CaseState(s.audience(), s.answers(), collected, s.repairs(), s.answersAtRepair());
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
