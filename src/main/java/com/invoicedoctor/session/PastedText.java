package com.invoicedoctor.session;

import java.time.Instant;

/**
 * Words a person gave in a session, kept as given for the agent: what happened in their own words (the start page)
 * or a pasted error message. Only the first {@link #MAX_CHARS} characters are kept.
 *
 * @param kind    {@code description} or {@code error-text}
 * @param omitted characters beyond the limit that were read but not kept
 */
public record PastedText(String kind, String text, int omitted, Instant given) {
    /** Longest text kept (about 8 KB of ASCII): enough for any message box, bounded for a stored row. */
    public static final int MAX_CHARS = 8_192;
    /** The most texts kept per session; a newer text replaces the oldest. */
    public static final int MAX_PER_SESSION = 20;
    public static final String DESCRIPTION = "description";
    public static final String ERROR_TEXT = "error-text";

    /** The text as kept: cut at {@link #MAX_CHARS}, the rest counted. */
    static PastedText of(String kind, String text, Instant at) {
        if (text.length() <= MAX_CHARS) {
            return new PastedText(kind, text, 0, at);
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return new PastedText(kind, text.substring(0, end), text.length() - end, at);
    }
}
