package com.invoicedoctor.cases;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incident detection, answered by the crowd: within a window, when at least the threshold of sessions point to the
 * same server-side cause, or fail to reach the same endpoint, an incident opens for staff. What sessions say can be
 * made up by anyone, so customers see its banner only once the server's own checks of the endpoint fail (at least
 * the latest {@link IncidentPolicy#serverChecks()} of them in the window) or a staff member confirms
 * it. It closes itself once the threshold has not been reached for a whole window, or when an agent closes it (then
 * only sessions after that count towards a new one).
 */
public final class Incidents {
    /** The banner is read from the database at most this often per instance. */
    static final Duration BANNER_CACHE = Duration.ofSeconds(5);
    private static final String COLUMNS = "id, kind, subject, sessions, opened_at, last_seen_at, closed_at, closed_by, "
            + "evidence, confirmed_by, confirmed_at";

    private final Database db;
    private final IncidentPolicy policy;
    private volatile Cached banner = new Cached(Instant.EPOCH, List.of());

    public Incidents(Database db, IncidentPolicy policy) {
        this.db = db;
        this.policy = policy;
    }

    public IncidentPolicy policy() {
        return policy;
    }

    /** Counts the sessions in the window ending now, opens incidents at the threshold, closes quiet ones. */
    public List<Incident> scan(Instant now) {
        try {
            scanOnce(now);
        } catch (Sql.DataException e) {
            if (!Sql.duplicateKey(e.sql())) {
                throw e;
            }
            scanOnce(now); // another instance opened the same incident a moment ago: now it is there to update
        }
        banner = new Cached(Instant.EPOCH, List.of());
        return open();
    }

    private void scanOnce(Instant now) {
        Instant since = now.minus(policy.window());
        db.transaction(c -> {
            Map<String, Integer> byCause = counts(c, "top_cause", "top_family IN (" + placeholders(policy.families().size())
                    + ") AND top_confidence >= ?", since, policy.families().toArray(), policy.minConfidence());
            Map<String, Integer> byEndpoint = counts(c, "endpoint", "probe_failed = TRUE AND endpoint IS NOT NULL", since);
            for (Map.Entry<String, Integer> e : byCause.entrySet()) {
                raise(c, "cause", e.getKey(), e.getValue(), now);
            }
            for (Map.Entry<String, Integer> e : byEndpoint.entrySet()) {
                raise(c, "endpoint", e.getKey(), e.getValue(), now);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET closed_at = ?, open_key = NULL "
                    + "WHERE closed_at IS NULL AND last_seen_at < ?")) {
                Sql.bind(ps, now, since).executeUpdate();
            }
            return null;
        });
    }

    /** The open incidents, newest first. */
    public List<Incident> open() {
        return query("SELECT " + COLUMNS + " FROM incidents WHERE closed_at IS NULL ORDER BY opened_at DESC");
    }

    /** The newest incidents, open or closed. */
    public List<Incident> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM incidents ORDER BY opened_at DESC LIMIT ?", limit);
    }

    /** The incidents customers see: confirmed, or shown by the server's own checks (cached like {@link #current()}). */
    public List<Incident> banner() {
        return current().stream().filter(Incident::shownToCustomers).toList();
    }

    /**
     * The open incidents, suspected ones included, for staff pages: read at most every few seconds per instance (a
     * stale banner is harmless).
     */
    public List<Incident> current() {
        Cached cached = banner;
        Instant now = Instant.now();
        if (Duration.between(cached.at(), now).compareTo(BANNER_CACHE) < 0) {
            return cached.incidents();
        }
        List<Incident> open = open();
        banner = new Cached(now, open);
        return open;
    }

    /** One incident. */
    public Optional<Incident> find(long id) {
        List<Incident> list = query("SELECT " + COLUMNS + " FROM incidents WHERE id = ?", id);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** A staff member confirms an open incident: from now on customers see its banner. Returns whether it was open. */
    public boolean confirm(long id, String by) {
        int rows = db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET confirmed_by = ?, confirmed_at = ? "
                    + "WHERE id = ? AND closed_at IS NULL AND confirmed_by IS NULL")) {
                return Sql.bind(ps, by, Sql.now(), id).executeUpdate();
            }
        });
        banner = new Cached(Instant.EPOCH, List.of());
        return rows > 0;
    }

    /** An agent closes an incident (the problem is fixed or it was a false alarm). */
    public void close(long id, String by) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET closed_at = ?, closed_by = ?, open_key = NULL "
                    + "WHERE id = ? AND closed_at IS NULL")) {
                return Sql.bind(ps, Sql.now(), by, id).executeUpdate();
            }
        });
        banner = new Cached(Instant.EPOCH, List.of());
    }

    /** The cases behind an incident: those that pointed to its subject while it was open. */
    public List<CaseRecord> cases(Incident incident) {
        String match = incident.kind().equals("cause") ? "top_cause = ?" : "endpoint = ? AND probe_failed = TRUE";
        Instant from = incident.opened().minus(policy.window());
        Instant to = incident.closed() == null ? Instant.now().plusSeconds(60) : incident.closed();
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CaseStore.COLUMNS + " FROM cases WHERE " + match
                    + " AND updated_at >= ? AND updated_at <= ? ORDER BY updated_at DESC LIMIT 500")) {
                Sql.bind(ps, incident.subject(), from, to);
                return CaseStore.readAll(ps);
            }
        });
    }

    private void raise(Connection c, String kind, String subject, int sessions, Instant now) throws SQLException {
        Instant manual = lastManualClose(c, kind, subject, now.minus(policy.window()));
        int counted = manual == null ? sessions : recount(c, kind, subject, manual);
        if (counted < policy.threshold()) {
            return;
        }
        String evidence = kind.equals("endpoint") && serverChecksFail(c, subject, now.minus(policy.window()))
                ? Incident.SERVER_CHECKS : Incident.REPORTS;
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET sessions = ?, last_seen_at = ?, evidence = ? "
                + "WHERE open_key = ?")) {
            if (Sql.bind(ps, counted, now, evidence, kind + ":" + subject).executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (kind, subject, open_key, sessions, opened_at, "
                + "last_seen_at, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Sql.bind(ps, kind, subject, kind + ":" + subject, counted, now, now, evidence).executeUpdate();
        }
    }

    /**
     * Whether the server's own checks show the endpoint failing: its latest checks within the window, as many as the
     * policy asks for, all failed (once the server reaches the endpoint again, the banner goes).
     */
    private boolean serverChecksFail(Connection c, String endpoint, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT server_check_failed FROM cases WHERE endpoint = ? "
                + "AND server_check_at >= ? ORDER BY server_check_at DESC LIMIT ?")) {
            Sql.bind(ps, endpoint, since, policy.serverChecks());
            int failed = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    failed += rs.getBoolean(1) ? 1 : 0;
                }
            }
            return failed >= policy.serverChecks();
        }
    }

    private Instant lastManualClose(Connection c, String kind, String subject, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(closed_at) FROM incidents WHERE kind = ? AND subject = ? "
                + "AND closed_by IS NOT NULL AND closed_at >= ?")) {
            Sql.bind(ps, kind, subject, since);
            try (ResultSet rs = ps.executeQuery()) {
                java.time.OffsetDateTime at = rs.next() ? rs.getObject(1, java.time.OffsetDateTime.class) : null;
                return at == null ? null : at.toInstant();
            }
        }
    }

    private int recount(Connection c, String kind, String subject, Instant since) throws SQLException {
        String match = kind.equals("cause") ? "top_cause = ? AND top_confidence >= ?" : "endpoint = ? AND probe_failed = TRUE";
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases WHERE " + match + " AND updated_at > ?")) {
            if (kind.equals("cause")) {
                Sql.bind(ps, subject, policy.minConfidence(), since);
            } else {
                Sql.bind(ps, subject, since);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Map<String, Integer> counts(Connection c, String column, String condition, Instant since,
                                               Object... params) throws SQLException {
        List<Object> all = new ArrayList<>();
        for (Object p : params) {
            if (p instanceof Object[] many) {
                all.addAll(List.of(many));
            } else {
                all.add(p);
            }
        }
        all.add(since);
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", COUNT(*) FROM cases WHERE " + condition
                + " AND updated_at >= ? GROUP BY " + column)) {
            Sql.bind(ps, all.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private List<Incident> query(String sql, Object... params) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                List<Incident> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Incident(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                                rs.getInt("sessions"), Sql.instant(rs, "opened_at"), Sql.instant(rs, "last_seen_at"),
                                Sql.instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("evidence"),
                                rs.getString("confirmed_by"), Sql.instant(rs, "confirmed_at")));
                    }
                }
                return list;
            }
        });
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private record Cached(Instant at, List<Incident> incidents) {
    }
}
