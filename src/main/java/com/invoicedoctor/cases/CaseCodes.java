package com.invoicedoctor.cases;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Hand-off codes a customer reads out over the phone: 8 digits, spoken in two groups of four ("3071 5926").
 * Digits only, since Latin letters are hard to spell aloud in Chinese. 10^8 codes: with a million live cases a
 * fresh draw collides one time in a hundred, and the store draws again until the code is free (the column is
 * unique), so codes never collide. A code lets a signed-in agent find the case; it never gives a customer access
 * to anything. Codes of the earlier form (6 characters of 2-9 and A-Z without I and O) are still recognised.
 */
public final class CaseCodes {
    public static final int LENGTH = 8;
    /** The earlier codes' alphabet and length, still accepted when an agent types one. */
    static final String OLD_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int OLD_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseCodes() {
    }

    /** A new random code. */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** A code as typed by an agent (spaces or dashes, lower case) in its canonical form, or null when it is none. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() == LENGTH && code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return code;
        }
        if (code.length() == OLD_LENGTH && code.chars().allMatch(ch -> OLD_ALPHABET.indexOf(ch) >= 0)) {
            return code;
        }
        return null;
    }

    /** The code grouped for reading out: "3071 5926" (an earlier code: "K7M 4QX"). */
    public static String spoken(String code) {
        if (code == null) {
            return "";
        }
        int half = code.length() / 2;
        return code.substring(0, half) + " " + code.substring(half);
    }
}
