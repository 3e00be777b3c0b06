package com.invoicedoctor.staff;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts in the database: create, find, check a password, change. Repeated wrong passwords are slowed down
 * by {@link SignInGuard}, not here: an account of its own is never locked, so nobody can lock another person out.
 */
public final class StaffAccounts {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String COLUMNS = "username, display_name, role, disabled, created_at";

    private final Database db;
    private final Passwords passwords;
    private volatile String decoy;

    public StaffAccounts(Database db, Passwords passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    /** Creates an account; the user name must be new. */
    public StaffUser create(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        String hash = passwords.hash(password);
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > 128) {
            throw new StaffInputException("a display name may have at most 128 characters");
        }
        Instant now = Sql.now();
        try {
            db.with(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_users (username, display_name, role, "
                        + "password_hash, disabled, created_at, password_changed_at) VALUES (?, ?, ?, ?, FALSE, ?, ?)")) {
                    return Sql.bind(ps, name, shown, role.name(), hash, now, now).executeUpdate();
                }
            });
        } catch (Sql.DataException e) {
            if (Sql.duplicateKey(e.sql())) {
                throw new StaffInputException("the user name '" + name + "' is taken; choose another");
            }
            throw e;
        }
        return new StaffUser(name, shown, role, false, now);
    }

    /** The account with this user name, if any. */
    public Optional<StaffUser> find(String username) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff_users WHERE username = ?")) {
                ps.setString(1, username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<StaffUser>empty();
                }
            }
        });
    }

    /** Every account, by user name. */
    public List<StaffUser> list() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM staff_users ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                List<StaffUser> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(read(rs));
                }
                return users;
            }
        });
    }

    /** How many enabled administrators there are. */
    public int administrators() {
        return (int) list().stream().filter(u -> u.can(Role.admin)).count();
    }

    /** The account if the password is right and the account enabled; empty otherwise, with no hint why. */
    public Optional<StaffUser> authenticate(String username, String password) {
        return Optional.ofNullable(check(username, password).user());
    }

    /**
     * Checks a password and says how it went. An unknown user name costs as much time as a known one, so that
     * timing does not tell which user names exist.
     */
    public PasswordCheck check(String username, String password) {
        Optional<Stored> stored = stored(username);
        if (stored.isEmpty()) {
            if (decoy == null) {
                decoy = passwords.decoy();
            }
            passwords.matches(password, decoy);
            return new PasswordCheck(null, PasswordCheck.Failure.unknown_account);
        }
        Stored s = stored.get();
        boolean right = passwords.matches(password, s.hash());
        if (s.user().disabled()) {
            return new PasswordCheck(null, PasswordCheck.Failure.disabled);
        }
        return right ? new PasswordCheck(s.user(), null) : new PasswordCheck(null, PasswordCheck.Failure.wrong_password);
    }

    /** Sets a new password. */
    public void changePassword(String username, String password) {
        String hash = passwords.hash(password);
        require(update("UPDATE staff_users SET password_hash = ?, password_changed_at = ? WHERE username = ?",
                hash, Sql.now(), username), username);
    }

    /** Gives the account another role. */
    public void setRole(String username, Role role) {
        require(update("UPDATE staff_users SET role = ? WHERE username = ?", role.name(), username), username);
    }

    /** Disables or enables the account; a disabled account cannot sign in and its sign-ins stop working. */
    public void setDisabled(String username, boolean disabled) {
        require(update("UPDATE staff_users SET disabled = ? WHERE username = ?", disabled, username), username);
    }

    /** A user name in its stored form (lower case), after checking its shape. */
    static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new StaffInputException("user name '" + abbreviate(username)
                    + "' does not fit: 2 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        return name;
    }

    private Optional<Stored> stored(String username) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", password_hash FROM staff_users "
                    + "WHERE username = ?")) {
                ps.setString(1, username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Stored(read(rs), rs.getString("password_hash")))
                            : Optional.<Stored>empty();
                }
            }
        });
    }

    private int update(String sql, Object... values) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Sql.bind(ps, values).executeUpdate();
            }
        });
    }

    private static void require(int rows, String username) {
        if (rows == 0) {
            throw new StaffInputException("no staff account '" + abbreviate(username) + "'");
        }
    }

    private static StaffUser read(ResultSet rs) throws SQLException {
        return new StaffUser(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("disabled"), Sql.instant(rs, "created_at"));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }

    private record Stored(StaffUser user, String hash) {
    }
}
