package com.invoicedoctor.cases;

import com.invoicedoctor.knowledge.live.LearnedPriors;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import com.invoicedoctor.interview.CaseState;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learning from confirmed cases: an agent confirms the actual cause and the step that fixed it, and a new version of
 * the learned priors is written in the same transaction. Two instances confirming at once both land: the second
 * finds its version number taken, and counts again.
 */
public final class Learning {
    private static final int ATTEMPTS = 20;
    private static final String COLUMNS = "version, epoch, counts, strength, reason, created_by, created_at";

    private final Database db;

    public Learning(Database db) {
        this.db = db;
    }

    /** What the agent confirms when closing a case. */
    public record Confirmation(String cause, String fixedStep, String by, CaseState state, String diagnosedCause) {
    }

    /** The newest learned priors. */
    public LearnedPriors latest() {
        return db.with(Learning::latest);
    }

    /** A given version, to reproduce an old diagnosis. */
    public Optional<LearnedPriors> version(int version) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM learned_priors WHERE version = ?")) {
                ps.setInt(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<LearnedPriors>empty();
                }
            }
        });
    }

    /** The newest versions, newest first. */
    public List<LearnedPriors> history(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM learned_priors ORDER BY version DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<LearnedPriors> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(read(rs));
                    }
                }
                return list;
            }
        });
    }

    /**
     * Confirms a case's cause and fixing step, resolves it, and learns from it.
     *
     * @return the new learned priors
     */
    public LearnedPriors confirm(KnowledgeBase kb, String sessionId, Confirmation confirmation) {
        Cause cause = kb.cause(confirmation.cause()).orElseThrow(() -> new CaseInputException(
                "cause '" + confirmation.cause() + "' is unknown; see GET /api/causes"));
        String step = confirmation.fixedStep() == null || confirmation.fixedStep().isBlank() ? null : confirmation.fixedStep();
        if (step != null && cause.solutions().stream().noneMatch(s -> s.id().equals(step))) {
            throw new CaseInputException("step '" + step + "' is not a solution step of " + cause.id()
                    + "; leave it empty when no listed step fixed it");
        }
        String state = Json.write(confirmation.state());
        return write("confirm", confirmation.by(), (c, latest, now) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET confirmed_cause = ?, fixed_step = ?, "
                    + "confirmed_by = ?, confirmed_at = ?, confirmed_state = ?, diagnosed_cause = ?, learn_epoch = ?, "
                    + "status = 'resolved', resolved_at = COALESCE(resolved_at, ?) WHERE session_id = ?")) {
                Sql.bind(ps, cause.id(), step, confirmation.by(), now, state, confirmation.diagnosedCause(),
                        latest.epoch(), now, sessionId);
                if (ps.executeUpdate() == 0) {
                    throw new CaseNotFoundException(sessionId);
                }
            }
            return new Next(latest.epoch(), counts(c, latest.epoch()));
        });
    }

    /** Forgets what was learned: the knowledge base's priors apply again until new cases are confirmed. */
    public LearnedPriors reset(String by) {
        return write("reset", by, (c, latest, now) -> new Next(latest.epoch() + 1, Map.of()));
    }

    private LearnedPriors write(String reason, String by, Step step) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return db.transaction(c -> {
                    LearnedPriors latest = latest(c);
                    Instant now = Sql.now();
                    Next next = step.apply(c, latest, now);
                    LearnedPriors written = new LearnedPriors(latest.version() + 1, next.epoch(), next.counts(),
                            latest.strength(), reason, by, now);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO learned_priors (" + COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        Sql.bind(ps, written.version(), written.epoch(), Json.write(written.counts()), written.strength(),
                                reason, by, now).executeUpdate();
                    }
                    return written;
                });
            } catch (Sql.DataException e) {
                if (!Sql.duplicateKey(e.sql()) && !"40001".equals(e.sql().getSQLState())) {
                    throw e;
                }
                // another instance wrote this version first: count again on top of it
            }
        }
        throw new IllegalStateException("learned priors kept changing; " + reason + " was not written after " + ATTEMPTS + " attempts");
    }

    private static Map<String, Integer> counts(Connection c, int epoch) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT confirmed_cause, COUNT(*) AS n FROM cases "
                + "WHERE learn_epoch = ? AND confirmed_cause IS NOT NULL GROUP BY confirmed_cause ORDER BY confirmed_cause")) {
            ps.setInt(1, epoch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString("confirmed_cause"), rs.getInt("n"));
                }
            }
        }
        return counts;
    }

    private static LearnedPriors latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM learned_priors ORDER BY version DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("learned_priors is empty; the V101 migration inserts version 0");
            }
            return read(rs);
        }
    }

    private static LearnedPriors read(ResultSet rs) throws SQLException {
        return new LearnedPriors(rs.getInt("version"), rs.getInt("epoch"), Json.counts(rs.getString("counts")),
                rs.getDouble("strength"), rs.getString("reason"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }

    @FunctionalInterface
    private interface Step {
        Next apply(Connection c, LearnedPriors latest, Instant now) throws SQLException;
    }

    private record Next(int epoch, Map<String, Integer> counts) {
    }
}
