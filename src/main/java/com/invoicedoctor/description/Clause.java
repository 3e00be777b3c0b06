package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.List;

/**
 * One clause of a description: the stretch between two punctuation marks or before a word such as "但是" or
 * "but". Facts are read clause by clause, so "其他网站都能打开，就是开票不行" keeps its two halves apart and a
 * negation in one half does not turn the other around.
 *
 * @param text     the clause as written
 * @param question whether it ends with a question mark (a question tells no fact)
 * @param start    where the clause's stretch begins in the text it was cut from
 * @param end      where it ends (exclusive), before the mark that ended it
 */
record Clause(String text, boolean question, int start, int end) {
    // 、 lists things inside one clause ("网页、微信、邮件都正常"), so it is no stop
    private static final String STOPS = "。！!？?；;，,：:\n\r…";
    private static final String SENTENCE_STOPS = "。！!？?；;\n\r";

    /** One sentence of a text, as written (its closing mark included), and where it begins in the text. */
    record Sentence(String text, int start) {
    }

    /**
     * Cuts a text into sentences at full stops, question and exclamation marks, semicolons and line breaks; each
     * keeps its closing mark, so that a question is still seen as one.
     */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int begun = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_STOPS.indexOf(text.charAt(i)) >= 0 || endsSentence(text, i)) {
                addSentence(sentences, text, begun, i + 1);
                begun = i + 1;
            }
        }
        addSentence(sentences, text, begun, text.length());
        return sentences;
    }

    private static void addSentence(List<Sentence> sentences, String text, int start, int end) {
        if (!text.substring(start, end).isBlank()) {
            sentences.add(new Sentence(text.substring(start, end), start));
        }
    }

    /** Cuts a text into clauses; {@code breaks} marks where a clause-break word begins. */
    static List<Clause> of(String text, ClauseBreaks breaks) {
        return of(text, breaks, 0);
    }

    /** The same for a stretch that begins at {@code offset} of a longer text: start and end count in that text. */
    static List<Clause> of(String text, ClauseBreaks breaks, int offset) {
        String marked = breaks == null ? text : breaks.mark(text);
        List<Clause> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int at = offset;
        int begun = offset;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            boolean stop = STOPS.indexOf(c) >= 0 && !betweenDigits(marked, i);
            if (c == ClauseBreaks.MARK || stop || endsSentence(marked, i) || spaceBetweenChinese(marked, i)) {
                add(clauses, current, c == '?' || c == '？', begun, at);
                // a break word stays in the clause it begins; a punctuation mark belongs to none
                begun = c == ClauseBreaks.MARK ? at : at + 1;
            } else {
                current.append(c);
            }
            at += c == ClauseBreaks.MARK ? 0 : 1;
        }
        add(clauses, current, false, begun, at);
        return clauses;
    }

    /** A full stop followed by a space or the end; not the last dot of "..." quoted inside a message. */
    private static boolean endsSentence(String text, int i) {
        return text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && (i == 0 || text.charAt(i - 1) != '.');
    }

    /** A colon or comma inside a number or an address ("10.0.3.15:8090", "86,000", "20:00") parts nothing. */
    private static boolean betweenDigits(String text, int i) {
        char c = text.charAt(i);
        return (c == ':' || c == ',') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * Whether the character at {@code i} is a space between two Chinese characters: people who type without
     * punctuation part their clauses so ("去年店搬了个地方 开票一直是自己开的").
     */
    private static boolean spaceBetweenChinese(String text, int i) {
        if (!Character.isWhitespace(text.charAt(i)) || i == 0 || !han(text.charAt(i - 1))) {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && han(text.charAt(next));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void add(List<Clause> clauses, StringBuilder text, boolean question, int start, int end) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            clauses.add(new Clause(t, question, start, end));
        }
        text.setLength(0);
    }

    /** Quoted as provenance: the clause, cut when long. */
    String quote(int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
