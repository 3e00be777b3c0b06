package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words to look for in a clause, each carrying what it stands for. A Chinese entry is looked for as its
 * characters, starting where the segmenter starts a word, so that 盘 is not found inside 硬盘 while 打不开 is
 * found whatever the segmenter made of it (a cue of two or three characters is often cut differently alone
 * than inside a sentence). Other entries are looked for as their stemmed words, in a row.
 */
final class WordIndex<T> {
    /** An entry found in a clause: its words {@code start} (inclusive) to {@code end} (exclusive). */
    record Found<T>(T owner, int start, int end) {
    }

    private record Latin<T>(String[] inChinese, String[] inOther, T owner) {
    }

    private record Chinese<T>(String chars, T owner) {
    }

    private final Words words;
    private final boolean wholeWords;
    private final Map<String, List<Latin<T>>> latinByFirst = new HashMap<>();
    private final Map<Character, List<Chinese<T>>> chineseByFirst = new HashMap<>();

    /**
     * @param wholeWords whether a Chinese entry must also end where a word ends: so for the small words (不 is not
     *                   found in 不断 or 不错, 没 not in 没收), while cues may end inside a word (连不上 in 连不上网)
     */
    WordIndex(Words words, boolean wholeWords) {
        this.words = words;
        this.wholeWords = wholeWords;
    }

    /** Adds an entry; one without letters (punctuation only) can never be found and is left out. */
    void add(String entry, T owner) {
        String text = entry.strip();
        if (Words.isChinese(text)) {
            String chars = Words.normal(text).replaceAll("\\s+", "");
            chineseByFirst.computeIfAbsent(chars.charAt(0), c -> new ArrayList<>()).add(new Chinese<>(chars, owner));
            return;
        }
        Latin<T> latin = new Latin<>(words.of(text, true), words.of(text, false), owner);
        if (latin.inChinese().length > 0) {
            latinByFirst.computeIfAbsent(latin.inChinese()[0], w -> new ArrayList<>()).add(latin);
        }
        if (latin.inOther().length > 0 && !latin.inOther()[0].equals(latin.inChinese().length > 0 ? latin.inChinese()[0] : null)) {
            latinByFirst.computeIfAbsent(latin.inOther()[0], w -> new ArrayList<>()).add(latin);
        }
    }

    /** Every occurrence of every entry in the clause. */
    List<Found<T>> in(Words.Cut clause) {
        List<Found<T>> found = new ArrayList<>();
        for (int i = 0; i < clause.size(); i++) {
            for (Latin<T> e : latinByFirst.getOrDefault(clause.words()[i], List.of())) {
                String[] seq = clause.chinese() ? e.inChinese() : e.inOther();
                if (seq.length > 0 && seq[0].equals(clause.words()[i]) && startsAt(clause.words(), i, seq)) {
                    found.add(new Found<>(e.owner(), i, i + seq.length));
                }
            }
            if (!clause.chinese()) {
                continue;
            }
            int at = clause.starts()[i];
            for (Chinese<T> e : chineseByFirst.getOrDefault(clause.text().charAt(at), List.of())) {
                if (clause.text().startsWith(e.chars(), at)) {
                    int last = clause.wordAt(at + e.chars().length() - 1);
                    if (!wholeWords || clause.ends()[last] == at + e.chars().length()) {
                        found.add(new Found<>(e.owner(), i, last + 1));
                    }
                }
            }
        }
        return found;
    }

    private static boolean startsAt(String[] clause, int at, String[] seq) {
        if (at + seq.length > clause.length) {
            return false;
        }
        for (int k = 1; k < seq.length; k++) {
            if (!clause[at + k].equals(seq[k])) {
                return false;
            }
        }
        return true;
    }
}
