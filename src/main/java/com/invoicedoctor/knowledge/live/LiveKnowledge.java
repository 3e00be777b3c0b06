package com.invoicedoctor.knowledge.live;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.interview.Interviewer;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeException;
import com.invoicedoctor.knowledge.KnowledgeSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge that serves requests now: knowledge base, learned priors, reasoner and interviewer, swapped
 * together in one reference so that a request sees one consistent set. Handlers call {@link #get()} per request.
 *
 * <p>Several instances stay in step through the database: a reload writes a new generation that the others follow
 * (each reloads its own copy of rules/ and knowledge-base/), and each confirmation writes a new learned-prior
 * version. {@link #refresh()} picks both up; {@link #follow(Duration)} calls it every few seconds. Until then an
 * instance serves the previous, still valid, set: stale for seconds, never half-loaded.
 */
public final class LiveKnowledge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);

    private final KnowledgeSource source;
    private final Supplier<LearnedPriors> newestPriors;
    private final Database db;
    private final AtomicReference<Current> current = new AtomicReference<>();
    private ScheduledExecutorService follower;

    /** What serves requests now; immutable. */
    public record Current(KnowledgeBase kb, LearnedPriors learned, Map<String, Double> priors, Reasoner reasoner,
                          Interviewer interviewer, int generation) {

        /** The knowledge-base version recorded with each diagnosis. */
        public String kbVersion() {
            return kb.version();
        }

        /** The learned-prior version recorded with each diagnosis. */
        public int priorVersion() {
            return learned.version();
        }
    }

    /**
     * Starts serving this (already validated) knowledge base with the newest learned priors.
     *
     * @param newestPriors reads the newest version of the learned priors (the cases' {@code Learning::latest})
     */
    public LiveKnowledge(KnowledgeBase kb, KnowledgeSource source, Supplier<LearnedPriors> newestPriors, Database db) {
        this.source = source;
        this.newestPriors = newestPriors;
        this.db = db;
        current.set(build(kb, newestPriors.get(), generation()));
    }

    /** The current set; cheap, lock-free. */
    public Current get() {
        return current.get();
    }

    /** The current interviewer; {@code live::interviewer} is what the session service reads per request. */
    public Interviewer interviewer() {
        return current.get().interviewer();
    }

    /** Where reloads read the knowledge from. */
    public KnowledgeSource source() {
        return source;
    }

    /** Loads and validates the knowledge on disk without making it live. */
    public KnowledgeBase candidate() {
        return source.load();
    }

    /**
     * Reloads rules/ and knowledge-base/ and makes them live on every instance.
     *
     * @throws KnowledgeException with every problem when they do not validate; the running knowledge keeps serving
     */
    public synchronized Current reload(String by) {
        KnowledgeBase kb = source.load();
        int generation = record(kb, by);
        Current next = build(kb, newestPriors.get(), generation);
        current.set(next);
        LOG.info("knowledge base {} is live (generation {}, reloaded by {})", kb.version(), generation, by);
        return next;
    }

    /** Picks up a newer learned-prior version or a reload done on another instance. */
    public synchronized void refresh() {
        Current now = current.get();
        int generation = generation();
        LearnedPriors learned = newestPriors.get();
        KnowledgeBase kb = now.kb();
        if (generation > now.generation()) {
            try {
                kb = source.load();
                LOG.info("followed a reload on another instance: knowledge base {} (generation {})", kb.version(), generation);
            } catch (KnowledgeException e) {
                LOG.error("another instance reloaded the knowledge, but this instance's copy in {} does not validate; "
                        + "keeping {}:\n{}", source, now.kbVersion(), e.getMessage());
            }
        }
        if (kb != now.kb() || learned.version() != now.priorVersion() || generation != now.generation()) {
            current.set(build(kb, learned, generation, now.interviewer()));
        }
    }

    /** Refreshes every {@code period} in the background until closed. */
    public synchronized void follow(Duration period) {
        if (follower != null) {
            return;
        }
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-follower");
            t.setDaemon(true);
            return t;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("could not refresh the live knowledge: {}", e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (follower != null) {
            follower.shutdownNow();
            follower = null;
        }
    }

    /** A reasoner and interviewer for a knowledge base with learned priors applied to its own priors. */
    public static Current build(KnowledgeBase kb, LearnedPriors learned, int generation) {
        return build(kb, learned, generation, null);
    }

    /** The same, keeping what the earlier interviewer remembered when the knowledge is the same. */
    static Current build(KnowledgeBase kb, LearnedPriors learned, int generation, Interviewer earlier) {
        Map<String, Double> priors = learned.priors(Reasoner.priorsOf(kb));
        Reasoner reasoner = new Reasoner(kb, priors);
        return new Current(kb, learned, priors, reasoner, new Interviewer(reasoner, earlier), generation);
    }

    private int record(KnowledgeBase kb, String by) {
        for (int attempt = 0; ; attempt++) {
            try {
                return db.transaction(c -> {
                    int next = generation(c) + 1;
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO knowledge_reloads (generation, kb_version, "
                            + "reloaded_by, reloaded_at) VALUES (?, ?, ?, ?)")) {
                        Sql.bind(ps, next, kb.version(), by, Sql.now()).executeUpdate();
                    }
                    return next;
                });
            } catch (Sql.DataException e) {
                if (attempt >= 5 || !Sql.duplicateKey(e.sql())) {
                    throw e;
                }
                // another instance reloaded at the same moment: take the next generation
            }
        }
    }

    private int generation() {
        return db.with(LiveKnowledge::generation);
    }

    private static int generation(java.sql.Connection c) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(generation) FROM knowledge_reloads");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
