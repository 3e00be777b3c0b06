package com.invoicedoctor.staff;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in log administrators read: every password checked (signed in, or why not) and every start of a wait,
 * with account and client address; kept {@link #KEPT}.
 */
public final class SignInEvents {
    /** Events older than this are deleted. */
    static final Duration KEPT = Duration.ofDays(90);
    /** An address from which an account signed in within this time is one of its known addresses. */
    static final Duration KNOWN = Duration.ofDays(90);

    private final Database db;

    public SignInEvents(Database db) {
        this.db = db;
    }

    /** One logged event; {@code outcome} is signed_in, wrong_password, unknown_account, disabled or waiting. */
    public record Event(Instant at, String account, String address, String outcome, String detail) {
    }

    /** Logs an event now. */
    void log(String account, String address, String outcome, String detail) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO signin_events (at, account, address, outcome, detail) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                return Sql.bind(ps, Sql.now(), account, address, outcome, detail == null ? null : SignInGuard.printable(detail, 200)).executeUpdate();
            }
        });
    }

    /** Whether this account signed in from this address within {@link #KNOWN}. */
    boolean known(String account, String address) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM signin_events WHERE account = ? AND address = ? "
                    + "AND outcome = 'signed_in' AND at > ? LIMIT 1")) {
                Sql.bind(ps, account, address, Sql.now().minus(KNOWN));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The newest events first. */
    public List<Event> recent(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, account, address, outcome, detail FROM signin_events "
                    + "ORDER BY at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Event> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Event(Sql.instant(rs, "at"), rs.getString("account"), rs.getString("address"),
                                rs.getString("outcome"), rs.getString("detail")));
                    }
                }
                return list;
            }
        });
    }

    /** Deletes events older than {@link #KEPT}; returns how many. */
    public int purge() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM signin_events WHERE at < ?")) {
                return Sql.bind(ps, Sql.now().minus(KEPT)).executeUpdate();
            }
        });
    }
}
