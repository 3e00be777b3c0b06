package com.invoicedoctor.cases;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Hand-off codes a customer reads out over the phone: 6 characters from 32 letters and digits without the
 * look-alikes 0/O and 1/I (about a billion codes). A code lets a signed-in agent find the case; it never gives a
 * customer access to anything.
 */
public final class CaseCodes {
    /** The alphabet: digits 2-9 and letters without I and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseCodes() {
    }

    /** A new random code. */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed by an agent (lower case, spaces or dashes) in its canonical form, or null when it is none. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char ch : code.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return null;
            }
        }
        return code;
    }

    /** The code grouped for reading out: "K7M 4QX". */
    public static String spoken(String code) {
        return code == null ? "" : code.substring(0, 3) + " " + code.substring(3);
    }
}
