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

    /**
     * The Chinese entries of one string of characters, with their owners in the order they were added and each
     * owner's place among the entries of the first character: a common word is an entry of dozens of owners (正常 of
     * 51 cues) and is looked for once, not once per owner.
     */
    private static final class Chinese<T> {
        final String chars;
        final List<T> owners = new ArrayList<>();
        int[] orders = new int[1];

        Chinese(String chars) {
            this.chars = chars;
        }

        void add(T owner, int order) {
            if (owners.size() == orders.length) {
                orders = java.util.Arrays.copyOf(orders, orders.length * 2);
            }
            orders[owners.size()] = order;
            owners.add(owner);
        }
    }

    /** Receives each entry found in a clause, in the order {@link #in} lists them. */
    interface Sink<T> {
        void found(T owner, int start, int end);
    }

    private final Words words;
    private final boolean wholeWords;
    private final Map<String, List<Latin<T>>> latinByFirst = new HashMap<>();
    /**
     * Chinese entries of one character by that character, longer ones by their first two: a clause is looked up at
     * every word, and one character starts dozens of entries (不, 开), of which the second mostly tells them apart.
     */
    private final Map<Character, Chinese<T>> chineseOfOne = new HashMap<>();
    private final Map<Integer, List<Chinese<T>>> chineseByFirstTwo = new HashMap<>();
    private final Map<String, Chinese<T>> chineseByChars = new HashMap<>();
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
            Chinese<T> chinese = chineseByChars.get(chars);
            if (chinese == null) {
                chinese = new Chinese<>(chars);
                chineseByChars.put(chars, chinese);
                if (chars.length() == 1) {
                    chineseOfOne.put(chars.charAt(0), chinese);
                } else {
                    chineseByFirstTwo.computeIfAbsent(firstTwo(chars, 0), c -> new ArrayList<>()).add(chinese);
                }
            }
            chinese.add(owner, order);
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
        each(clause, (owner, start, end) -> found.add(new Found<>(owner, start, end)));
        return found;
    }

    /**
     * Every occurrence of every entry in the clause, handed to {@code sink} word by word and, at one word, in the
     * order the entries were added (the first of a cue's term found is the one a cue keeps).
     */
    void each(Words.Cut clause, Sink<T> sink) {
        List<Chinese<T>> matched = new ArrayList<>(4);
        int[] matchedEnd = new int[4];
        for (int i = 0; i < clause.size(); i++) {
            // a Latin entry has no Chinese character, so no word that begins with one begins a Latin entry
            List<Latin<T>> latin = isHan(clause.words()[i].charAt(0)) ? List.of() : latinByFirst.getOrDefault(clause.words()[i], List.of());
            for (Latin<T> e : latin) {
                String[] seq = clause.chinese() ? e.inChinese() : e.inOther();
                if (seq.length > 0 && seq[0].equals(clause.words()[i]) && startsAt(clause.words(), i, seq)) {
                    sink.found(e.owner(), i, i + seq.length);
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
            // the strings of characters found here, each looked for once, whatever number of owners it has
            matched.clear();
            Chinese<T> one = chineseOfOne.get(text.charAt(at));
            List<Chinese<T>> two = at + 1 < text.length() ? chineseByFirstTwo.getOrDefault(firstTwo(text, at), List.of()) : List.of();
            for (int k = -1; k < two.size(); k++) {
                Chinese<T> e = k < 0 ? one : two.get(k);
                if (e == null || !text.startsWith(e.chars, at)) {
                    continue;
                }
                int last = clause.wordAt(at + e.chars.length() - 1, i);
                if (!wholeWords || clause.ends()[last] == at + e.chars.length()) {
                    if (matched.size() == matchedEnd.length) {
                        matchedEnd = java.util.Arrays.copyOf(matchedEnd, matchedEnd.length * 2);
                    }
                    matchedEnd[matched.size()] = last + 1;
                    matched.add(e);
                }
            }
            mergeByOrder(matched, matchedEnd, i, sink);
        }
    }

    /** The owners of the strings found at word {@code start}, in the order they were added, as one list. */
    private static <T> void mergeByOrder(List<Chinese<T>> matched, int[] ends, int start, Sink<T> sink) {
        if (matched.size() == 1) {
            Chinese<T> only = matched.get(0);
            for (T owner : only.owners) {
                sink.found(owner, start, ends[0]);
            }
            return;
        }
        int[] next = new int[matched.size()];
        while (true) {
            int pick = -1;
            for (int k = 0; k < matched.size(); k++) {
                Chinese<T> e = matched.get(k);
                if (next[k] < e.owners.size() && (pick < 0 || e.orders[next[k]] < matched.get(pick).orders[next[pick]])) {
                    pick = k;
                }
            }
            if (pick < 0) {
                return;
            }
            sink.found(matched.get(pick).owners.get(next[pick]++), start, ends[pick]);
        }
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
