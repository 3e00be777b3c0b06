package com.invoicedoctor.staff;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Staff sign-ins kept in the database, so that any instance can serve any request. The browser holds a random
 * token; the database holds only its SHA-256. A sign-in ends after {@link #IDLE} without use, after {@link #MAX}
 * in any case, on sign-out, or when the account is disabled.
 */
public final class SignIns {
    /** A sign-in unused this long has expired. */
    public static final Duration IDLE = Duration.ofHours(2);
    /** No sign-in lasts longer than this. */
    public static final Duration MAX = Duration.ofHours(12);
    /** Expiry is pushed forward at most this often, to spare the database a write per request. */
    private static final Duration TOUCH = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public SignIns(Database db) {
        this.db = db;
    }

    /** A new sign-in for this user; returns the token for the cookie and the sign-in. */
    public Started start(StaffUser user) {
        String token = random();
        String csrf = random();
        Instant now = Sql.now();
        Instant expires = now.plus(IDLE);
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_logins (token_hash, username, csrf_token, "
                    + "created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                return Sql.bind(ps, hash(token), user.username(), csrf, now, now, expires).executeUpdate();
            }
        });
        return new Started(token, new SignedInStaff(user, csrf, expires));
    }

    /** The sign-in behind a cookie token, if it is still valid; using it pushes its expiry forward. */
    public Optional<SignedInStaff> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String key = hash(token);
        Instant now = Sql.now();
        Optional<Row> row = db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.csrf_token, l.created_at, l.last_seen_at, "
                    + "l.expires_at, u.username, u.display_name, u.role, u.disabled, u.created_at AS user_created "
                    + "FROM staff_logins l JOIN staff_users u ON u.username = l.username WHERE l.token_hash = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Row>empty();
                    }
                    StaffUser user = new StaffUser(rs.getString("username"), rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), rs.getBoolean("disabled"), Sql.instant(rs, "user_created"));
                    return Optional.of(new Row(user, rs.getString("csrf_token"), Sql.instant(rs, "created_at"),
                            Sql.instant(rs, "last_seen_at"), Sql.instant(rs, "expires_at")));
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        if (!r.expires().isAfter(now) || r.user().disabled()) {
            end(token);
            return Optional.empty();
        }
        Instant expires = r.expires();
        if (Duration.between(r.lastSeen(), now).compareTo(TOUCH) > 0) {
            Instant next = now.plus(IDLE);
            expires = next.isAfter(r.created().plus(MAX)) ? r.created().plus(MAX) : next;
            Instant until = expires;
            db.with(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE staff_logins SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?")) {
                    return Sql.bind(ps, now, until, key).executeUpdate();
                }
            });
        }
        return Optional.of(new SignedInStaff(r.user(), r.csrf(), expires));
    }

    /** Ends a sign-in (sign-out). */
    public void end(String token) {
        if (token == null) {
            return;
        }
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_logins WHERE token_hash = ?")) {
                ps.setString(1, hash(token));
                return ps.executeUpdate();
            }
        });
    }

    /** Ends every sign-in of a user (after a password change or when disabled). */
    public void endAll(String username) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_logins WHERE username = ?")) {
                ps.setString(1, username);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes expired sign-ins; returns how many. */
    public int purge() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_logins WHERE expires_at <= ?")) {
                return Sql.bind(ps, Sql.now()).executeUpdate();
            }
        });
    }

    /** A new random token: 256 bits, URL-safe Base64. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** A new sign-in and the token its cookie carries. */
    public record Started(String token, SignedInStaff login) {
    }

    private record Row(StaffUser user, String csrf, Instant created, Instant lastSeen, Instant expires) {
    }
}
