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

    /**
     * One entry's words or characters, with every owner of it in the order they were added and each owner's place
     * among the entries that can begin at the same word: a common word is an entry of dozens of owners (正常 of 51
     * cues, "normal" of many) and is looked for once, not once per owner.
     */
    private static final class Entry<T> {
        /** The characters of a Chinese entry, else null. */
        final String chars;
        /** The stemmed words of another entry, else null. */
        final String[] seq;
        final List<T> owners = new ArrayList<>();
        int[] orders = new int[1];

        Entry(String chars, String[] seq) {
            this.chars = chars;
            this.seq = seq;
        }

        void add(T owner, int order) {
            if (owners.size() == orders.length) {
                orders = java.util.Arrays.copyOf(orders, orders.length * 2);
            }
            orders[owners.size()] = order;
            owners.add(owner);
        }
    }

    /**
     * The Chinese entries that begin with the same two characters, as a tree of their further characters: dozens of
     * entries share their first two (没有…, 打不…), and the tree finds those a place begins in one walk along the text
     * instead of trying each.
     */
    private static final class Node<T> {
        Entry<T> entry;
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Node<T>[] kids = new Node[0];

        Node<T> child(char c) {
            int k = java.util.Arrays.binarySearch(keys, c);
            return k < 0 ? null : kids[k];
        }

        Node<T> childOrAdd(char c) {
            int k = java.util.Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return kids[k];
            }
            int at = -k - 1;
            char[] moreKeys = new char[keys.length + 1];
            System.arraycopy(keys, 0, moreKeys, 0, at);
            System.arraycopy(keys, at, moreKeys, at + 1, keys.length - at);
            moreKeys[at] = c;
            Node<T>[] moreKids = java.util.Arrays.copyOf(kids, kids.length + 1);
            System.arraycopy(kids, at, moreKids, at + 1, kids.length - at);
            moreKids[at] = new Node<>();
            keys = moreKeys;
            kids = moreKids;
            return moreKids[at];
        }
    }

    /** Receives each entry found in a clause, in the order {@link #in} lists them. */
    interface Sink<T> {
        void found(T owner, int start, int end);
    }

    private final Words words;
    private final boolean wholeWords;
    /**
     * The other entries by their first word, as a Chinese clause's words are stemmed and as another's are: a clause
     * is one or the other, and an entry may be cut into different words in each.
     */
    private final Map<String, List<Entry<T>>> latinInChinese = new HashMap<>();
    private final Map<String, List<Entry<T>>> latinInOther = new HashMap<>();
    private final Map<List<String>, Entry<T>> latinInChineseByWords = new HashMap<>();
    private final Map<List<String>, Entry<T>> latinInOtherByWords = new HashMap<>();
    private int latinAdded;
    /**
     * Chinese entries of one character by that character, longer ones by their first two: a clause is looked up at
     * every word, and one character starts dozens of entries (不, 开), of which the second mostly tells them apart.
     */
    private final Map<Character, Entry<T>> chineseOfOne = new HashMap<>();
    private final Map<Integer, Node<T>> chineseByFirstTwo = new HashMap<>();
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
            if (chars.length() == 1) {
                chineseOfOne.computeIfAbsent(chars.charAt(0), c -> new Entry<>(chars, null)).add(owner, order);
                return;
            }
            Node<T> node = chineseByFirstTwo.computeIfAbsent(firstTwo(chars, 0), c -> new Node<>());
            for (int k = 2; k < chars.length(); k++) {
                node = node.childOrAdd(chars.charAt(k));
            }
            if (node.entry == null) {
                node.entry = new Entry<>(chars, null);
            }
            node.entry.add(owner, order);
            return;
        }
        int order = ++latinAdded;
        addLatin(words.of(text, true), owner, order, latinInChinese, latinInChineseByWords);
        addLatin(words.of(text, false), owner, order, latinInOther, latinInOtherByWords);
    }

    private void addLatin(String[] seq, T owner, int order, Map<String, List<Entry<T>>> byFirst, Map<List<String>, Entry<T>> byWords) {
        if (seq.length == 0) {
            return;
        }
        Entry<T> entry = byWords.get(List.of(seq));
        if (entry == null) {
            entry = new Entry<>(null, seq);
            byWords.put(List.of(seq), entry);
            byFirst.computeIfAbsent(seq[0], w -> new ArrayList<>()).add(entry);
        }
        entry.add(owner, order);
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
        List<Entry<T>> matched = new ArrayList<>(4);
        int[] matchedEnd = new int[4];
        Map<String, List<Entry<T>>> latinByFirst = clause.chinese() ? latinInChinese : latinInOther;
        for (int i = 0; i < clause.size(); i++) {
            matched.clear();
            // a Latin entry has no Chinese character, so no word that begins with one begins a Latin entry
            List<Entry<T>> latin = isHan(clause.words()[i].charAt(0)) ? List.of() : latinByFirst.getOrDefault(clause.words()[i], List.of());
            for (int k = 0; k < latin.size(); k++) { // by index: most lists are empty, and need no iterator
                Entry<T> e = latin.get(k);
                if (startsAt(clause.words(), i, e.seq)) {
                    matchedEnd = matched(matched, matchedEnd, e, i + e.seq.length);
                }
            }
            mergeByOrder(matched, matchedEnd, i, sink);
            if (!clause.chinese()) {
                continue;
            }
            int at = clause.starts()[i];
            String text = clause.text();
            if (!chineseFirst.get(text.charAt(at))) {
                continue;
            }
            // the strings of characters beginning here, each found once whatever number of owners it has: the one
            // character, then the longer ones along the tree of their first two
            matched.clear();
            Entry<T> e = chineseOfOne.get(text.charAt(at));
            Node<T> node = at + 1 < text.length() ? chineseByFirstTwo.get(firstTwo(text, at)) : null;
            for (int next = at + 2; e != null || node != null; next++) {
                if (e != null) {
                    int last = clause.wordAt(at + e.chars.length() - 1, i);
                    if (!wholeWords || clause.ends()[last] == at + e.chars.length()) {
                        matchedEnd = matched(matched, matchedEnd, e, last + 1);
                    }
                }
                e = node == null ? null : node.entry;
                node = node == null || next >= text.length() ? null : node.child(text.charAt(next));
            }
            mergeByOrder(matched, matchedEnd, i, sink);
        }
    }

    /** Adds an entry found, ending before word {@code end}; the array of ends, grown if need be. */
    private static <T> int[] matched(List<Entry<T>> matched, int[] ends, Entry<T> entry, int end) {
        int[] grown = matched.size() < ends.length ? ends : java.util.Arrays.copyOf(ends, ends.length * 2);
        grown[matched.size()] = end;
        matched.add(entry);
        return grown;
    }

    /** The owners of the entries found at word {@code start}, in the order they were added, as one list. */
    private static <T> void mergeByOrder(List<Entry<T>> matched, int[] ends, int start, Sink<T> sink) {
        if (matched.isEmpty()) {
            return;
        }
        if (matched.size() == 1) {
            Entry<T> only = matched.get(0);
            for (T owner : only.owners) {
                sink.found(owner, start, ends[0]);
            }
            return;
        }
        int[] next = new int[matched.size()];
        while (true) {
            int pick = -1;
            for (int k = 0; k < matched.size(); k++) {
                Entry<T> e = matched.get(k);
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
        return (c >= '\u4E00' && c <= '\u9FA5') || (c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
