package com.invoicedoctor.session;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sessions in the database, changed under optimistic locking (a version column). */
public final class SessionStore {
    private static final String COLUMNS = "id, audience, lang, knowledge_version, status, state, notes, checks, "
            + "created_at, updated_at, row_version";

    private final Database db;

    public SessionStore(Database db) {
        this.db = db;
    }

    /** Stores a new session as version 1 and returns it as stored. */
    public SessionRecord create(SessionRecord r) {
        Instant now = now();
        SessionRecord stored = new SessionRecord(r.id(), r.audience(), r.lang(), r.knowledgeVersion(), r.status(),
                r.state(), r.answerOrder(), r.notes(), r.checks(), now, now, 1);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, stored.id());
                ps.setString(2, stored.audience().name());
                ps.setString(3, stored.lang().name());
                ps.setString(4, stored.knowledgeVersion());
                ps.setString(5, stored.status());
                ps.setString(6, StateJson.write(stored));
                ps.setString(7, stored.notes());
                ps.setString(8, StateJson.writeChecks(stored.checks()));
                ps.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setInt(11, 1);
                ps.executeUpdate();
            }
            return stored;
        });
    }

    /** The session with this id, if any. */
    public Optional<SessionRecord> find(String id) {
        if (!SessionIds.wellFormed(id)) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sessions WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<SessionRecord>empty();
                }
            }
        });
    }

    /**
     * Replaces the session if nobody changed it since {@code read} was read.
     *
     * @return the session as stored, or empty when another change came first (read again and retry)
     */
    public Optional<SessionRecord> replace(SessionRecord read, SessionRecord next) {
        Instant now = now();
        SessionRecord stored = next.stored(now, read.version() + 1);
        List<StepReport> reports = reportsBetween(read, next, now);
        int rows = db.with(c -> inTransaction(c, () -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET status = ?, state = ?, notes = ?, checks = ?, "
                    + "updated_at = ?, row_version = ? WHERE id = ? AND row_version = ?")) {
                ps.setString(1, stored.status());
                ps.setString(2, StateJson.write(stored));
                ps.setString(3, stored.notes());
                ps.setString(4, StateJson.writeChecks(stored.checks()));
                ps.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setInt(6, stored.version());
                ps.setString(7, read.id());
                ps.setInt(8, read.version());
                changed = ps.executeUpdate();
            }
            if (changed == 1 && !reports.isEmpty()) {
                // in the same transaction: a step's outcome and the time it was reported are kept together or not at all
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO step_reports (session_id, step, outcome, reported_at) VALUES (?, ?, ?, ?)")) {
                    for (StepReport r : reports) {
                        ps.setString(1, read.id());
                        ps.setString(2, r.step());
                        ps.setString(3, r.outcome());
                        ps.setObject(4, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return changed;
        }));
        return rows == 1 ? Optional.of(stored) : Optional.empty();
    }

    /** The steps whose reported outcome this change sets or changes. */
    private static List<StepReport> reportsBetween(SessionRecord read, SessionRecord next, Instant at) {
        List<StepReport> reports = new ArrayList<>();
        next.state().repairs().forEach((step, outcome) -> {
            if (!outcome.equals(read.state().repairs().get(step))) {
                reports.add(new StepReport(step, outcome, at));
            }
        });
        return reports;
    }

    /** Every report of a step's outcome in this session, oldest first. */
    public List<StepReport> stepReports(String sessionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT step, outcome, reported_at FROM step_reports "
                    + "WHERE session_id = ? ORDER BY id")) {
                ps.setString(1, sessionId);
                List<StepReport> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new StepReport(rs.getString(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
                return list;
            }
        });
    }

    /**
     * Keeps words a person gave (cut at {@link PastedText#MAX_CHARS}); beyond {@link PastedText#MAX_PER_SESSION}
     * texts the oldest goes. Blank text is not kept.
     */
    public void keepText(String sessionId, String kind, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        PastedText kept = PastedText.of(kind, text, now());
        db.with(c -> inTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_texts (session_id, kind, text, omitted, given_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, sessionId);
                ps.setString(2, kept.kind());
                ps.setString(3, kept.text());
                ps.setInt(4, kept.omitted());
                ps.setObject(5, OffsetDateTime.ofInstant(kept.given(), ZoneOffset.UTC));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_texts WHERE session_id = ? AND id NOT IN "
                    + "(SELECT id FROM (SELECT id FROM session_texts WHERE session_id = ? ORDER BY id DESC LIMIT ?) newest)")) {
                ps.setString(1, sessionId);
                ps.setString(2, sessionId);
                ps.setInt(3, PastedText.MAX_PER_SESSION);
                ps.executeUpdate();
            }
            return null;
        }));
    }

    /** The texts kept for this session, oldest first. */
    public List<PastedText> texts(String sessionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, text, omitted, given_at FROM session_texts "
                    + "WHERE session_id = ? ORDER BY id")) {
                ps.setString(1, sessionId);
                List<PastedText> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new PastedText(rs.getString(1), rs.getString(2), rs.getInt(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
                return list;
            }
        });
    }

    /** Work that SQL does in one transaction on this connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static SessionRecord read(ResultSet rs) throws SQLException {
        StateJson.Stored state = StateJson.readState(rs.getString("state"));
        return new SessionRecord(rs.getString("id"), Audience.valueOf(rs.getString("audience")),
                Lang.of(rs.getString("lang")), rs.getString("knowledge_version"), rs.getString("status"),
                StateJson.toCase(state), state.answers().stream().map(StateJson.Answer::question).toList(),
                rs.getString("notes"), StateJson.readChecks(rs.getString("checks")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("row_version"));
    }

    /** Microsecond precision: what both H2 and PostgreSQL keep, so a stored time reads back equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
