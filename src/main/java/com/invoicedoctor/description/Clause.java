package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final String STOPS = "。！!？?；;，,、：:\n\r…";

    /** Cuts a text into clauses; {@code breaks} marks where a clause-break word begins. */
    static List<Clause> of(String text, Pattern breaks) {
        String marked = breaks == null ? text : breaks.matcher(text).replaceAll("\u0001$0");
        List<Clause> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int at = 0;
        int begun = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            boolean sentenceDot = c == '.' && (i + 1 == marked.length() || Character.isWhitespace(marked.charAt(i + 1)));
            if (c == '\u0001' || STOPS.indexOf(c) >= 0 || sentenceDot) {
                add(clauses, current, c == '?' || c == '？', begun, at);
                // a break word stays in the clause it begins; a punctuation mark belongs to none
                begun = c == '\u0001' ? at : at + 1;
            } else {
                current.append(c);
            }
            at += c == '\u0001' ? 0 : 1;
        }
        add(clauses, current, false, begun, at);
        return clauses;
    }

    /** The pattern that finds the clause-break words: Chinese ones anywhere, others as whole words. */
    static Pattern breaks(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            if (w == null || w.isBlank()) {
                continue;
            }
            String quoted = Pattern.quote(w.strip());
            parts.add(Words.isChinese(w) ? quoted : "\\b" + quoted + "\\b");
        }
        return parts.isEmpty() ? null : Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
