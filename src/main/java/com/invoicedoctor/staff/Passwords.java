package com.invoicedoctor.staff;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Password hashing with BCrypt (Spring Security's implementation); no home-made crypto. */
public final class Passwords {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 10;
    /** The lowest BCrypt cost BCrypt takes (fast, for tests only). */
    public static final int MIN_COST = 4;
    /** BCrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused. */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;

    /** @param strength BCrypt's log2 rounds: 12 in production, 4 in tests */
    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    /** The hash to store for a new password, after checking that the password is acceptable. */
    public String hash(String password) {
        check(password);
        return encoder.encode(password);
    }

    /** Whether the password matches the stored hash. */
    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** A hash that matches nothing, checked against when the user is unknown so that timing reveals nothing. */
    public String decoy() {
        return encoder.encode("decoy password that nobody has");
    }

    /** Refuses passwords that are too short or too long for BCrypt. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new StaffInputException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new StaffInputException("a password may have at most " + MAX_BYTES + " bytes (BCrypt's limit)");
        }
    }
}
