package com.invoicedoctor.cases;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cases in the database: kept up to date from sessions, found, listed, handed off, assigned and given a status. */
public final class CaseStore {
    static final String COLUMNS = "session_id, code, status, audience, lang, agent, interview, top_cause, top_confidence, "
            + "questions, endpoint, probe_failed, kb_version, prior_version, handed_off_at, confirmed_cause, fixed_step, "
            + "confirmed_by, confirmed_at, diagnosed_cause, created_at, updated_at, resolved_at";

    private final Database db;

    public CaseStore(Database db) {
        this.db = db;
    }

    /** Records a session's latest diagnosis; creates the case on first sight. An older session version is ignored. */
    public void observe(SessionOutcome o) {
        Instant now = Sql.now();
        db.with(c -> {
            if (update(c, o, now) == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases (session_id, status, audience, lang, "
                        + "interview, top_cause, top_family, top_confidence, questions, facts, endpoint, probe_failed, "
                        + "server_check_at, server_check_failed, kb_version, prior_version, session_version, created_at, "
                        + "updated_at) VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    Sql.bind(ps, o.sessionId(), o.audience(), o.lang(), o.interview(), o.topCause(), o.topFamily(),
                            o.topConfidence(), o.questions(), o.facts(), o.endpoint(), o.probeFailed(), o.serverCheckAt(),
                            o.serverCheckFailed(), o.kbVersion(),
                            o.priorVersion(), o.sessionVersion(), o.created() == null ? now : o.created(), now).executeUpdate();
                } catch (SQLException e) {
                    if (!Sql.duplicateKey(e)) {
                        throw e;
                    }
                    update(c, o, now);
                }
            }
            if ("fixed".equals(o.interview())) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET status = 'resolved', resolved_at = ? "
                        + "WHERE session_id = ? AND status = 'open'")) {
                    Sql.bind(ps, now, o.sessionId()).executeUpdate();
                }
            }
            return null;
        });
    }

    private static int update(Connection c, SessionOutcome o, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET interview = ?, top_cause = ?, top_family = ?, "
                + "top_confidence = ?, questions = ?, facts = ?, endpoint = COALESCE(?, endpoint), probe_failed = ?, "
                + "server_check_at = ?, server_check_failed = ?, kb_version = ?, "
                + "prior_version = ?, session_version = ?, updated_at = ? WHERE session_id = ? AND session_version <= ?")) {
            return Sql.bind(ps, o.interview(), o.topCause(), o.topFamily(), o.topConfidence(), o.questions(), o.facts(),
                    o.endpoint(), o.probeFailed(), o.serverCheckAt(), o.serverCheckFailed(), o.kbVersion(), o.priorVersion(), o.sessionVersion(), now,
                    o.sessionId(), o.sessionVersion()).executeUpdate();
        }
    }

    /**
     * Sessions whose latest change the case list has not recorded (cases are recorded off the request, so a crash can
     * leave the last few behind; the sessions themselves are stored before they are acknowledged).
     */
    public List<String> sessionsBehind() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM sessions s LEFT JOIN cases c ON c.session_id = s.id "
                    + "WHERE c.session_id IS NULL OR c.session_version < s.row_version ORDER BY s.updated_at");
                 ResultSet rs = ps.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
    }

    /** The case of this session, if staff can see one. */
    public Optional<CaseRecord> find(String sessionId) {
        return one("SELECT " + COLUMNS + " FROM cases WHERE session_id = ?", sessionId);
    }

    /** The case with this hand-off code (as typed; normalised here). */
    public CaseRecord byCode(String typed) {
        String code = CaseCodes.normalise(typed);
        if (code == null) {
            throw new CaseNotFoundException("with code '" + (typed == null ? "" : typed) + "'");
        }
        return one("SELECT " + COLUMNS + " FROM cases WHERE code = ?", code)
                .orElseThrow(() -> new CaseNotFoundException("with code " + code));
    }

    /** The case of this session or a 404. */
    public CaseRecord get(String sessionId) {
        return find(sessionId).orElseThrow(() -> new CaseNotFoundException(sessionId));
    }

    /**
     * Cases that match the query, newest first. Only cases with something to work with are listed: an answer, a fact,
     * a hand-off code or an agent (a visitor who only picked a role is not a case); {@link #find} still finds the rest.
     */
    public List<CaseRecord> list(CaseQuery q) {
        CaseFilter filter = CaseFilter.of(q);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM cases" + filter.where()
                    + " ORDER BY created_at DESC, session_id LIMIT ? OFFSET ?")) {
                List<Object> params = new ArrayList<>(filter.params());
                params.add(q.limit());
                params.add(q.offset());
                Sql.bind(ps, params.toArray());
                return readAll(ps);
            }
        });
    }

    /** How many cases match the query (ignoring its page). */
    public int count(CaseQuery q) {
        CaseFilter filter = CaseFilter.of(q);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases" + filter.where())) {
                Sql.bind(ps, filter.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Gives the case a hand-off code, or returns the one it has: the customer reads it out and an agent types it.
     */
    public String handOff(String sessionId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            CaseRecord now = get(sessionId);
            if (now.code() != null) {
                return now.code();
            }
            String code = CaseCodes.next();
            try {
                int rows = db.with(c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET code = ?, handed_off_at = ? "
                            + "WHERE session_id = ? AND code IS NULL")) {
                        return Sql.bind(ps, code, Sql.now(), sessionId).executeUpdate();
                    }
                });
                if (rows == 1) {
                    return code;
                }
            } catch (Sql.DataException e) {
                if (!Sql.duplicateKey(e.sql())) {
                    throw e;
                }
                // another case has this code already: draw again
            }
        }
        throw new IllegalStateException("no free hand-off code after 10 draws");
    }

    /** Makes this agent the case's owner. */
    public void assign(String sessionId, String agent) {
        change(sessionId, "UPDATE cases SET agent = ? WHERE session_id = ?", agent, sessionId);
    }

    /** Makes this agent the owner unless someone already is; returns the owner. */
    public String take(String sessionId, String agent) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET agent = ? WHERE session_id = ? AND agent IS NULL")) {
                return Sql.bind(ps, agent, sessionId).executeUpdate();
            }
        });
        return get(sessionId).agent();
    }

    /** Sets the status; resolving stamps the time of resolution (once), reopening or escalating clears it. */
    public void setStatus(String sessionId, CaseStatus status) {
        if (status == CaseStatus.resolved) {
            change(sessionId, "UPDATE cases SET status = 'resolved', resolved_at = COALESCE(resolved_at, ?) "
                    + "WHERE session_id = ?", Sql.now(), sessionId);
        } else {
            change(sessionId, "UPDATE cases SET status = ?, resolved_at = NULL WHERE session_id = ?", status.name(), sessionId);
        }
    }

    private void change(String sessionId, String sql, Object... params) {
        int rows = db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Sql.bind(ps, params).executeUpdate();
            }
        });
        if (rows == 0) {
            throw new CaseNotFoundException(sessionId);
        }
    }

    private Optional<CaseRecord> one(String sql, Object... params) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                List<CaseRecord> list = readAll(ps);
                return list.isEmpty() ? Optional.<CaseRecord>empty() : Optional.of(list.get(0));
            }
        });
    }

    static List<CaseRecord> readAll(PreparedStatement ps) throws SQLException {
        List<CaseRecord> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(read(rs));
            }
        }
        return list;
    }

    static CaseRecord read(ResultSet rs) throws SQLException {
        double confidence = rs.getDouble("top_confidence");
        Double top = rs.wasNull() ? null : confidence;
        return new CaseRecord(rs.getString("session_id"), rs.getString("code"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("audience"), rs.getString("lang"), rs.getString("agent"), rs.getString("interview"),
                rs.getString("top_cause"), top, rs.getInt("questions"), rs.getString("endpoint"),
                rs.getBoolean("probe_failed"), rs.getString("kb_version"), rs.getInt("prior_version"),
                Sql.instant(rs, "handed_off_at"), rs.getString("confirmed_cause"), rs.getString("fixed_step"),
                rs.getString("confirmed_by"), Sql.instant(rs, "confirmed_at"), rs.getString("diagnosed_cause"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "resolved_at"));
    }
}
