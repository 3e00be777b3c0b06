package com.invoicedoctor.description;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The told cases (knowledge-base/examples and the scenarios' stories) each as its own document, ranked against a text
 * by BM25, and the few closest voting for their causes by how close they are. A short opening shares a handful of
 * words with the one or two stories told the same way; merged into 33 long documents per cause those few words weigh
 * next to nothing, here they pick out the story.
 */
final class NearestStories {
    /** One told case: its id, its cause's position and its words counted. */
    record Story(String id, int cause, Map<String, Integer> counts) {
    }

    private final int causes;
    private final List<Story> stories;
    /** Word to the stories that use it and its BM25 weight in each, worked out once. */
    private final Map<String, int[]> postings;
    private final Map<String, double[]> weights;

    NearestStories(int causes, List<Story> stories) {
        this.causes = causes;
        this.stories = List.copyOf(stories);
        this.postings = new HashMap<>();
        this.weights = new HashMap<>();
        weigh();
    }

    /** The same without these stories (their ids; unknown ones are passed over). */
    NearestStories leavingOut(Collection<String> ids) {
        Set<String> out = new HashSet<>(ids);
        List<Story> kept = stories.stream().filter(s -> !out.contains(s.id())).toList();
        return kept.size() == stories.size() ? this : new NearestStories(causes, kept);
    }

    private void weigh() {
        Map<String, Integer> filled = new HashMap<>();
        Bm25.weigh(stories.stream().map(Story::counts).toList(), (s, word, holding, weight) -> {
            int at = filled.merge(word, 1, Integer::sum) - 1;
            postings.computeIfAbsent(word, w -> new int[holding])[at] = s;
            weights.computeIfAbsent(word, w -> new double[holding])[at] = weight;
        });
    }

    /**
     * Each cause's vote: the BM25 scores of the {@code k} stories closest to these words, added up by their cause;
     * all zero when no word is in any story.
     */
    double[] votes(Set<String> words, int k) {
        double[] score = new double[stories.size()];
        for (String w : words) {
            int[] in = postings.get(w);
            if (in != null) {
                double[] weight = weights.get(w);
                for (int i = 0; i < in.length; i++) {
                    score[in[i]] += weight[i];
                }
            }
        }
        double[] votes = new double[causes];
        // the k best by a partial selection: k is small and the stories a few hundred
        int[] best = new int[Math.min(k, score.length)];
        int found = 0;
        for (int s = 0; s < score.length; s++) {
            if (score[s] <= 0) {
                continue;
            }
            if (found < best.length) {
                best[found++] = s;
            } else {
                int weakest = 0;
                for (int i = 1; i < found; i++) {
                    weakest = score[best[i]] < score[best[weakest]] ? i : weakest;
                }
                if (score[s] > score[best[weakest]]) {
                    best[weakest] = s;
                }
            }
        }
        for (int i = 0; i < found; i++) {
            votes[stories.get(best[i]).cause()] += score[best[i]];
        }
        return votes;
    }

    /** The stories held, for a test or a measurement. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        stories.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
