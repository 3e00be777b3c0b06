package com.invoicedoctor.staff;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts sign-in attempts in the database under several keys at once and says when a key must wait. An attempt is
 * counted before its password is checked and taken back when it signs in, so parallel guesses are counted as they
 * arrive: the rows of one attempt are locked while counted ({@code SELECT … FOR UPDATE}), on every instance alike.
 */
public final class SignInThrottle {
    private final Database db;
    private final Policy policy;
    private final Supplier<Instant> clock;

    /**
     * The backoff of each scope, and how long after its last attempt a key is forgotten.
     */
    public record Policy(Map<ThrottleKey.Scope, Backoff> backoffs, Duration forget) {

        public Policy {
            backoffs = Map.copyOf(backoffs);
            if (backoffs.size() != ThrottleKey.Scope.values().length) {
                throw new IllegalArgumentException("a sign-in policy needs a backoff for every scope");
            }
        }

        /**
         * An account from one address: 5 attempts, then 5 s doubling to 15 min. An address: 20, then the same. An
         * account from addresses that never signed in to it: 50, then the same. Forgotten a day after the last.
         */
        public static Policy defaults() {
            Map<ThrottleKey.Scope, Backoff> b = new EnumMap<>(ThrottleKey.Scope.class);
            b.put(ThrottleKey.Scope.account_address, new Backoff(5, Duration.ofSeconds(5), Duration.ofMinutes(15)));
            b.put(ThrottleKey.Scope.address, new Backoff(20, Duration.ofSeconds(5), Duration.ofMinutes(15)));
            b.put(ThrottleKey.Scope.account, new Backoff(50, Duration.ofSeconds(5), Duration.ofMinutes(15)));
            return new Policy(b, Duration.ofDays(1));
        }
    }

    /**
     * The answer to "may I try?": yes (the attempt is counted), or how long to wait and which key makes it wait.
     *
     * @param firstRefusal whether this is the first refusal since the key began to wait (to log a wait once)
     */
    record Permit(Duration waitFor, ThrottleKey waitingKey, int attempts, boolean firstRefusal) {
        static final Permit GRANTED = new Permit(Duration.ZERO, null, 0, false);

        boolean granted() {
            return waitFor.isZero();
        }
    }

    /** A key with attempts counted, as staff see it. */
    public record Count(String scope, String account, String address, int attempts, int refused, Instant lastAttempt,
                        Instant waitsUntil) {
    }

    public SignInThrottle(Database db, Policy policy) {
        this(db, policy, Sql::now);
    }

    SignInThrottle(Database db, Policy policy, Supplier<Instant> clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts an attempt under every key, or, when any key must still wait, under none and says how long. */
    Permit reserve(List<ThrottleKey> keys) {
        List<ThrottleKey> ordered = keys.stream().sorted(Comparator.comparing(ThrottleKey::id)).toList();
        for (ThrottleKey key : ordered) {
            ensure(key, clock.get());
        }
        return db.transaction(c -> {
            List<Row> locked = new ArrayList<>();
            for (ThrottleKey key : ordered) {
                locked.add(lock(c, key));
            }
            // the time once every row is ours: another attempt may have counted while this one waited for a lock
            Instant now = clock.get();
            List<Row> rows = locked.stream().map(r -> r.at(now, policy)).toList();
            Row longest = null;
            for (Row row : rows) {
                if (row.waitsUntil().isAfter(now) && (longest == null || row.waitsUntil().isAfter(longest.waitsUntil()))) {
                    longest = row;
                }
            }
            if (longest != null) {
                boolean first = false;
                for (Row row : rows) {
                    if (row.waitsUntil().isAfter(now)) {
                        first |= row.refused() == 0;
                        update(c, "UPDATE signin_throttle SET rejected = rejected + 1 WHERE throttle_key = ?", row.key().id());
                    }
                }
                Duration wait = Duration.between(now, longest.waitsUntil());
                return new Permit(wait, longest.key(), longest.attempts(), first);
            }
            for (Row row : rows) {
                update(c, "UPDATE signin_throttle SET attempts = ?, rejected = 0, last_attempt_at = ? WHERE throttle_key = ?",
                        row.attempts() + 1, now, row.key().id());
            }
            return Permit.GRANTED;
        });
    }

    /**
     * The attempt signed in: it is taken back under every key, and the account from this address starts over.
     * Under the other keys earlier failures stay counted, so signing in to one's own account between guesses at
     * another does not buy more guesses.
     */
    void signedIn(List<ThrottleKey> keys) {
        for (ThrottleKey key : keys) {
            if (key.scope() == ThrottleKey.Scope.account_address) {
                update("UPDATE signin_throttle SET attempts = 0, rejected = 0 WHERE throttle_key = ?", key.id());
            } else {
                update("UPDATE signin_throttle SET attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END "
                        + "WHERE throttle_key = ?", key.id());
            }
        }
    }

    /** The keys with attempts counted, most recent first. */
    public List<Count> counts(int limit) {
        Instant now = clock.get();
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT throttle_key, scope, account, address, attempts, rejected, "
                    + "last_attempt_at FROM signin_throttle WHERE attempts > 0 AND last_attempt_at > ? "
                    + "ORDER BY last_attempt_at DESC LIMIT ?")) {
                Sql.bind(ps, now.minus(policy.forget()), limit);
                List<Count> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ThrottleKey.Scope scope = ThrottleKey.Scope.valueOf(rs.getString("scope"));
                        Instant last = Sql.instant(rs, "last_attempt_at");
                        int attempts = rs.getInt("attempts");
                        list.add(new Count(scope.name(), rs.getString("account"), rs.getString("address"), attempts,
                                rs.getInt("rejected"), last, last.plus(policy.backoffs().get(scope).after(attempts))));
                    }
                }
                return list;
            }
        });
    }

    /** Deletes keys whose last attempt is older than the policy's memory; returns how many. */
    public int purge() {
        // an hour beyond the memory, so that no key an attempt is counting right now can vanish under it
        return update("DELETE FROM signin_throttle WHERE last_attempt_at < ?",
                clock.get().minus(policy.forget()).minus(Duration.ofHours(1)));
    }

    private void ensure(ThrottleKey key, Instant now) {
        try {
            update("INSERT INTO signin_throttle (throttle_key, scope, account, address, attempts, rejected, last_attempt_at) "
                    + "VALUES (?, ?, ?, ?, 0, 0, ?)", key.id(), key.scope().name(), key.account(), key.address(), now);
        } catch (Sql.DataException e) {
            if (!Sql.duplicateKey(e.sql())) {
                throw e;
            }
            // counted before: the row is there to lock
        }
    }

    private static Row lock(Connection c, ThrottleKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT attempts, rejected, last_attempt_at FROM signin_throttle "
                + "WHERE throttle_key = ? FOR UPDATE")) {
            ps.setString(1, key.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the sign-in count " + key.id() + " vanished while counted");
                }
                return new Row(key, rs.getInt("attempts"), rs.getInt("rejected"), Sql.instant(rs, "last_attempt_at"), null);
            }
        }
    }

    private int update(String sql, Object... values) {
        return db.with(c -> update(c, sql, values));
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return Sql.bind(ps, values).executeUpdate();
        }
    }

    /** A locked count; {@code waitsUntil} once known what time it is (a count older than the memory is zero). */
    private record Row(ThrottleKey key, int attempts, int refused, Instant last, Instant waitsUntil) {

        Row at(Instant now, Policy policy) {
            if (last.isBefore(now.minus(policy.forget()))) {
                return new Row(key, 0, 0, last, last);
            }
            return new Row(key, attempts, refused, last, last.plus(policy.backoffs().get(key.scope()).after(attempts)));
        }
    }
}
