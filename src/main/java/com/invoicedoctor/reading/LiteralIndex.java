package com.invoicedoctor.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every one of many words in a text in one pass (Aho–Corasick): a trie of the words, where each node also
 * knows the longest proper suffix of its path that is again a path in the trie (its fail link), so the scan never
 * steps back in the text. Reading a 2 KB log against a thousand words costs one walk over its characters.
 * Words and text are compared lower-cased character by character ({@link #lower}), which keeps offsets.
 */
public final class LiteralIndex {
    /** Called for each occurrence: which word (its index in the list given) and where it ends (exclusive). */
    @FunctionalInterface
    public interface Hit {
        void found(int word, int end);
    }

    private static final int[] NONE = new int[0];

    /** Per node: the characters leading out of it (sorted) and the nodes they lead to. */
    private final char[][] labels;
    private final int[][] next;
    private final int[] fail;
    /** Per node: the words ending here, those of its fail chain included. */
    private final int[][] output;
    private final int[] lengths;
    /** The root's transitions for every character at once: most steps of a scan start from the root. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];

    public LiteralIndex(List<String> words) {
        // the trie's edges as (node, character) -> child, built in one pass over the words
        Map<Long, Integer> edges = new HashMap<>();
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        lengths = new int[words.size()];
        for (int w = 0; w < words.size(); w++) {
            String word = lower(words.get(w));
            lengths[w] = word.length();
            if (word.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                long edge = ((long) node << 16) | word.charAt(i);
                Integer child = edges.get(edge);
                if (child == null) {
                    child = ends.size();
                    ends.add(new ArrayList<>());
                    edges.put(edge, child);
                }
                node = child;
            }
            ends.get(node).add(w);
        }
        int n = ends.size();
        int[] outDegree = new int[n];
        edges.keySet().forEach(e -> outDegree[(int) (e >>> 16)]++);
        labels = new char[n][];
        next = new int[n][];
        for (int node = 0; node < n; node++) {
            labels[node] = new char[outDegree[node]];
            next[node] = new int[outDegree[node]];
        }
        int[] filled = new int[n];
        List<Map.Entry<Long, Integer>> sorted = new ArrayList<>(edges.entrySet());
        sorted.sort(Map.Entry.comparingByKey()); // by node, then by character: each node's labels come out sorted
        for (Map.Entry<Long, Integer> e : sorted) {
            int node = (int) (e.getKey() >>> 16);
            labels[node][filled[node]] = (char) (e.getKey() & 0xFFFF);
            next[node][filled[node]++] = e.getValue();
        }
        for (int i = 0; i < labels[0].length; i++) {
            fromRoot[labels[0][i]] = next[0][i];
        }
        fail = new int[n];
        output = new int[n][];
        output[0] = NONE;
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : next[0]) {
            queue.add(child);
            output[child] = toArray(ends.get(child));
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            for (int i = 0; i < labels[node].length; i++) {
                char c = labels[node][i];
                int child = next[node][i];
                int f = fail[node];
                while (f > 0 && step(f, c) < 0) {
                    f = fail[f];
                }
                int target = step(f, c);
                fail[child] = target >= 0 && target != child ? target : 0;
                int[] own = toArray(ends.get(child));
                int[] inherited = output[fail[child]];
                output[child] = inherited.length == 0 ? own : concat(own, inherited);
                queue.add(child);
            }
        }
    }

    /** The length of the word at this index, lower-cased. */
    public int length(int word) {
        return lengths[word];
    }

    /** Reports every occurrence of every word in a text already lower-cased by {@link #lower}. */
    public void scan(String lowerText, Hit hit) {
        int node = 0;
        for (int i = 0; i < lowerText.length(); i++) {
            char c = lowerText.charAt(i);
            int to = step(node, c);
            while (to < 0 && node > 0) {
                node = fail[node];
                to = step(node, c);
            }
            node = Math.max(to, 0);
            for (int w : output[node]) {
                hit.found(w, i + 1);
            }
        }
    }

    /** Lower case, one character for one, so offsets in the result are offsets in the original. */
    public static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private int step(int node, char c) {
        if (node == 0) {
            int to = fromRoot[c];
            return to > 0 ? to : -1;
        }
        int i = Arrays.binarySearch(labels[node], c);
        return i >= 0 ? next[node][i] : -1;
    }

    private static int[] toArray(List<Integer> list) {
        if (list.isEmpty()) {
            return NONE;
        }
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
