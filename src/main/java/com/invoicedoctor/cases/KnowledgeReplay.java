package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge replay, the confirmed cases as a regression suite: before a knowledge change goes live, each confirmed case's answers and
 * facts (frozen when it was confirmed) are diagnosed by the live knowledge and by the candidate, and the editor sees
 * which diagnoses would change, for better or worse. Both sides use the same learned priors.
 */
public final class KnowledgeReplay {
    /** The newest confirmed cases replayed at most. */
    static final int MAX_CASES = 2_000;
    /** A change in the confirmed cause's confidence smaller than this counts as the same. */
    static final double NOTICEABLE = 0.05;

    private final Database db;

    public KnowledgeReplay(Database db) {
        this.db = db;
    }

    /** How one case's diagnosis changed. */
    public enum Verdict { fixed, broken, better, worse, same }

    /** One replayed case: the confirmed cause, the leader before and after, and the confirmed cause's confidence. */
    public record Change(String sessionId, String confirmed, String before, String after, double confirmedBefore,
                         double confirmedAfter, Verdict verdict) {
    }

    /**
     * The outcome of a replay.
     *
     * @param rightBefore cases whose leading cause was the confirmed one with the live knowledge
     * @param changes     cases whose verdict is not "same", the worst first
     */
    public record Report(String liveVersion, String candidateVersion, int cases, int rightBefore, int rightAfter,
                         List<Change> changes) {

        /** How many cases got each verdict. */
        public long count(Verdict verdict) {
            return verdict == Verdict.same ? cases - changes.size() : changes.stream().filter(c -> c.verdict() == verdict).count();
        }
    }

    /** Replays the confirmed cases against the candidate knowledge. */
    public Report replay(LiveKnowledge.Current live, KnowledgeBase candidate) {
        LiveKnowledge.Current next = LiveKnowledge.build(candidate, live.learned(), live.generation());
        int right = 0;
        int rightNext = 0;
        List<Change> changes = new ArrayList<>();
        List<Confirmed> cases = confirmed();
        for (Confirmed c : cases) {
            Assessment before = live.reasoner().assess(live.interviewer().observations(c.state()));
            Assessment after = next.reasoner().assess(next.interviewer().observations(c.state()));
            Change change = compare(c, before, after);
            right += change.before().equals(c.cause()) ? 1 : 0;
            rightNext += change.after().equals(c.cause()) ? 1 : 0;
            if (change.verdict() != Verdict.same) {
                changes.add(change);
            }
        }
        changes.sort((a, b) -> Integer.compare(rank(a.verdict()), rank(b.verdict())));
        return new Report(live.kbVersion(), candidate.version(), cases.size(), right, rightNext, changes);
    }

    static Change compare(Confirmed c, Assessment before, Assessment after) {
        boolean wasRight = before.top().cause().equals(c.cause());
        boolean isRight = after.top().cause().equals(c.cause());
        double was = before.confidence(c.cause());
        double is = after.confidence(c.cause());
        Verdict verdict;
        if (!wasRight && isRight) {
            verdict = Verdict.fixed;
        } else if (wasRight && !isRight) {
            verdict = Verdict.broken;
        } else if (is - was >= NOTICEABLE) {
            verdict = Verdict.better;
        } else if (was - is >= NOTICEABLE) {
            verdict = Verdict.worse;
        } else {
            verdict = Verdict.same;
        }
        return new Change(c.sessionId(), c.cause(), before.top().cause(), after.top().cause(), round(was), round(is), verdict);
    }

    private List<Confirmed> confirmed() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT session_id, confirmed_cause, confirmed_state FROM cases "
                    + "WHERE confirmed_cause IS NOT NULL AND confirmed_state IS NOT NULL ORDER BY confirmed_at DESC LIMIT ?")) {
                ps.setInt(1, MAX_CASES);
                List<Confirmed> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Confirmed(rs.getString(1), rs.getString(2), Json.state(rs.getString(3))));
                    }
                }
                return list;
            }
        });
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case broken -> 0;
            case worse -> 1;
            case fixed -> 2;
            case better -> 3;
            case same -> 4;
        };
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    record Confirmed(String sessionId, String cause, CaseState state) {
    }
}
