package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.BitSet;
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

    /** A Chinese entry; {@code order} is its place among the entries of its first character, as added. */
    private record Chinese<T>(String chars, T owner, int order) {
    }

    private final Words words;
    private final boolean wholeWords;
    private final Map<String, List<Latin<T>>> latinByFirst = new HashMap<>();
    /**
     * Chinese entries of one character by that character, longer ones by their first two: a clause is looked up at
     * every word, and one character starts dozens of entries (不, 开), of which the second mostly tells them apart.
     */
    private final Map<Character, List<Chinese<T>>> chineseOfOne = new HashMap<>();
    private final Map<Integer, List<Chinese<T>>> chineseByFirstTwo = new HashMap<>();
    private final Map<Character, Integer> chineseAdded = new HashMap<>();
    /** The first characters of the Chinese entries: most places of a clause begin none, and are passed over at once. */
    private final BitSet chineseFirst = new BitSet();

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
            int order = chineseAdded.merge(chars.charAt(0), 1, Integer::sum);
            chineseFirst.set(chars.charAt(0));
            Chinese<T> chinese = new Chinese<>(chars, owner, order);
            if (chars.length() == 1) {
                chineseOfOne.computeIfAbsent(chars.charAt(0), c -> new ArrayList<>()).add(chinese);
            } else {
                chineseByFirstTwo.computeIfAbsent(firstTwo(chars, 0), c -> new ArrayList<>()).add(chinese);
            }
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
            // a Latin entry has no Chinese character, so no word that begins with one begins a Latin entry
            List<Latin<T>> latin = isHan(clause.words()[i].charAt(0)) ? List.of() : latinByFirst.getOrDefault(clause.words()[i], List.of());
            for (Latin<T> e : latin) {
                String[] seq = clause.chinese() ? e.inChinese() : e.inOther();
                if (seq.length > 0 && seq[0].equals(clause.words()[i]) && startsAt(clause.words(), i, seq)) {
                    found.add(new Found<>(e.owner(), i, i + seq.length));
                }
            }
            if (!clause.chinese()) {
                continue;
            }
            int at = clause.starts()[i];
            String text = clause.text();
            if (!chineseFirst.get(text.charAt(at))) {
                continue;
            }
            List<Chinese<T>> one = chineseOfOne.getOrDefault(text.charAt(at), List.of());
            List<Chinese<T>> two = at + 1 < text.length() ? chineseByFirstTwo.getOrDefault(firstTwo(text, at), List.of()) : List.of();
            // both in the order they were added, as one list of the first character's entries was: the first of a
            // cue's term found is the one a cue keeps
            for (int a = 0, b = 0; a < one.size() || b < two.size(); ) {
                Chinese<T> e = b >= two.size() || (a < one.size() && one.get(a).order() < two.get(b).order()) ? one.get(a++) : two.get(b++);
                if (text.startsWith(e.chars(), at)) {
                    int last = clause.wordAt(at + e.chars().length() - 1, i);
                    if (!wholeWords || clause.ends()[last] == at + e.chars().length()) {
                        found.add(new Found<>(e.owner(), i, last + 1));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FA5') || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int firstTwo(String text, int at) {
        return text.charAt(at) << 16 | text.charAt(at + 1);
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
