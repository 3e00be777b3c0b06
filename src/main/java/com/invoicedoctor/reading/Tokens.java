package com.invoicedoctor.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an error text into the tokens the classifier reads. Chinese runs become overlapping pairs of characters
 * (税号, 号只, 只允…): error messages are short and full of terms no segmenter's dictionary holds (清卡, 赋码段,
 * 红冲), and pairs need no dictionary, are cheap and carry over to wordings not seen. Latin runs become lower-cased
 * words of two letters or more; a word in camel case also gives its parts, so "SocketTimeoutException" shares
 * "timeout" and "exception" with other messages. Numbers are left out but for the HTTP status classes: codes like 0x18 or 4004 belong to one
 * vendor and teach nothing about another's.
 */
public final class Tokens {
    private static final int LONGEST_WORD = 40;

    private Tokens() {
    }

    public static String[] of(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int start = i;
                while (i < n && isHan(text.charAt(i))) {
                    i++;
                }
                if (i - start == 1) {
                    tokens.add(text.substring(start, i));
                }
                for (int k = start; k + 1 < i; k++) {
                    tokens.add(text.substring(k, k + 2));
                }
            } else if (isLatin(c)) {
                int start = i;
                while (i < n && isLatin(text.charAt(i))) {
                    i++;
                }
                word(text.substring(start, i), tokens);
            } else {
                i++;
            }
        }
        return tokens.toArray(String[]::new);
    }

    private static void word(String run, List<String> tokens) {
        if (run.chars().allMatch(Character::isDigit)) {
            number(run, tokens);
            return;
        }
        if (run.length() < 2 || run.length() > LONGEST_WORD || run.chars().noneMatch(Character::isLetter)) {
            return;
        }
        tokens.add(LiteralIndex.lower(run));
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < run.length(); k++) {
            boolean upperAfterLower = Character.isUpperCase(run.charAt(k)) && Character.isLowerCase(run.charAt(k - 1));
            boolean letterAfterDigit = Character.isLetter(run.charAt(k)) != Character.isLetter(run.charAt(k - 1));
            if (upperAfterLower || letterAfterDigit) {
                parts.add(run.substring(start, k));
                start = k;
            }
        }
        if (start > 0) {
            parts.add(run.substring(start));
            parts.stream().filter(p -> p.length() >= 2 && p.chars().anyMatch(Character::isLetter))
                    .forEach(p -> tokens.add(LiteralIndex.lower(p)));
        }
    }

    /**
     * A three-digit number in the HTTP status classes becomes its class (status5xx): 502 and 504 mean alike whoever
     * prints them. Other numbers (ports, line numbers, vendors' own codes) teach nothing across sources.
     */
    private static void number(String run, List<String> tokens) {
        if (run.length() == 3 && (run.charAt(0) == '4' || run.charAt(0) == '5')) {
            tokens.add("status" + run.charAt(0) + "xx");
        }
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
