package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word sequences to look for, indexed by their first word, each carrying what it stands for. Finding all of
 * them in a clause costs one lookup per word of the clause.
 */
final class WordIndex<T> {
    /** A sequence found in a clause, at word {@code start}, {@code length} words long. */
    record Found<T>(T owner, int start, int length) {
    }

    private record Entry<T>(String[] words, T owner) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    /** Adds a sequence; an empty one (a cue of punctuation only) can never be found and is left out. */
    void add(String[] words, T owner) {
        if (words.length > 0) {
            byFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry<>(words, owner));
        }
    }

    /** Every occurrence of every sequence in the clause's words. */
    List<Found<T>> in(String[] clause) {
        List<Found<T>> found = new ArrayList<>();
        for (int i = 0; i < clause.length; i++) {
            List<Entry<T>> candidates = byFirst.get(clause[i]);
            if (candidates == null) {
                continue;
            }
            for (Entry<T> e : candidates) {
                if (startsAt(clause, i, e.words())) {
                    found.add(new Found<>(e.owner(), i, e.words().length));
                }
            }
        }
        return found;
    }

    private static boolean startsAt(String[] clause, int at, String[] words) {
        if (at + words.length > clause.length) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!clause[at + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
