package com.invoicedoctor.description;

import com.invoicedoctor.reading.LiteralIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause-break words ("但是", "but"): where each one begins in a text. What counts as one is a regular expression
 * (Chinese words anywhere, others as whole words and not after "a"), matched case-insensitively from left to right as
 * {@code replaceAll} would. Trying that expression at every character of a description cost more than cutting its
 * Chinese into words, so the words are first found in one pass of a {@link LiteralIndex} over the case-folded text,
 * and the expression is tried only where one begins: the same places, found for a fraction of the time.
 */
final class ClauseBreaks {
    /** Put before each break word in the text {@link #mark} returns. */
    static final char MARK = '\u0001';

    private final Pattern pattern;
    /** The break words case-folded as the expression compares them; null when that fold cannot be trusted (see below). */
    private final LiteralIndex index;

    ClauseBreaks(List<String> words) {
        List<String> parts = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        boolean foldable = true;
        for (String w : words) {
            if (w == null || w.isBlank()) {
                continue;
            }
            String quoted = Pattern.quote(w.strip());
            // "for a while" is no clause break: an English break word after "a" is a noun
            parts.add(Words.isChinese(w) ? quoted : "(?<!\\ba\\s)\\b" + quoted + "\\b");
            String f = fold(w.strip());
            folded.add(f);
            foldable &= fold(f).equals(f) && LiteralIndex.lower(f).equals(f);
        }
        this.pattern = parts.isEmpty() ? null
                : Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // the index finds every place the expression could match only when folding a folded word changes nothing
        // (true of Chinese and ASCII words); otherwise every place is tried, as before
        this.index = pattern != null && foldable ? new LiteralIndex(folded) : null;
    }

    /** The text with {@link #MARK} before every break word, as {@code replaceAll("\u0001$0")} of the expression gives it. */
    String mark(String text) {
        if (pattern == null) {
            return text;
        }
        if (index == null) {
            return pattern.matcher(text).replaceAll(MARK + "$0");
        }
        BitSet starts = new BitSet();
        index.scan(fold(text), (word, end) -> starts.set(end - index.length(word)));
        if (starts.isEmpty()) {
            return text;
        }
        // the expression tried where a word begins, left to right, the next try after the end of the last match: the
        // order in which a search finds them (its alternatives in their order, the look-behind and \b seeing the
        // whole text)
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        StringBuilder marked = new StringBuilder(text.length() + 8);
        int copied = 0;
        int after = 0;
        for (int p = starts.nextSetBit(0); p >= 0; p = starts.nextSetBit(p + 1)) {
            if (p < after) {
                continue;
            }
            m.region(p, text.length());
            if (m.lookingAt()) {
                marked.append(text, copied, p).append(MARK);
                copied = p;
                after = m.end();
            }
        }
        return copied == 0 && marked.length() == 0 ? text : marked.append(text, copied, text.length()).toString();
    }

    /**
     * Case folding as a case-insensitive Unicode expression compares characters (lower case of the upper case), one
     * character for one.
     */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
