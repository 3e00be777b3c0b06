package com.invoicedoctor.session;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unguessable session ids: 128 random bits from SecureRandom, URL-safe Base64 without padding (22 characters), starting
 * with a letter or a digit: an id starting with "-" (or "_") reads as a formula or an option when pasted into a
 * spreadsheet or a command line.
 */
public final class SessionIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private SessionIds() {
    }

    /** A new random id. */
    public static String next() {
        byte[] bytes = new byte[16];
        while (true) {
            RANDOM.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (Character.isLetterOrDigit(id.charAt(0))) {
                return id;
            }
        }
    }

    /** Whether the text has the shape of an id (checked before touching the database). */
    public static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
