package com.invoicedoctor.session;

import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Question.Audience;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
        return db.write(c -> {
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
        return db.with(c -> {
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
        int rows = db.write(c -> {
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
                return ps.executeUpdate();
            }
        });
        return rows == 1 ? Optional.of(stored) : Optional.empty();
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
