package com.invoicedoctor.description;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25, the ranking search engines use, with Lucene's default constants: the weight of each word in each of a set of
 * documents (each its words counted), from how often the document says it, how long the document is against the
 * average, and in how many documents the word occurs at all. The documents per cause and the told cases each as a
 * document ({@link NearestStories}) are weighed alike.
 */
final class Bm25 {
    /** How fast a repeated word saturates, and how much a document's length counts. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private Bm25() {
    }

    /** Receives one word's weight in one document, with the number of documents holding the word. */
    interface Weight {
        void of(int document, String word, int documentsWithWord, double weight);
    }

    /** Gives {@code each} the weight of every word of every document, document by document in the list's order. */
    static void weigh(List<Map<String, Integer>> documents, Weight each) {
        int n = documents.size();
        double[] length = new double[n];
        double total = 0;
        Map<String, Integer> df = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (Map.Entry<String, Integer> e : documents.get(d).entrySet()) {
                length[d] += e.getValue();
                df.merge(e.getKey(), 1, Integer::sum);
            }
            total += length[d];
        }
        double average = total / Math.max(1, n);
        for (int d = 0; d < n; d++) {
            double norm = K1 * (1 - B + B * length[d] / average);
            for (Map.Entry<String, Integer> e : documents.get(d).entrySet()) {
                int holding = df.get(e.getKey());
                double idf = Math.log(1 + (n - holding + 0.5) / (holding + 0.5));
                double tf = e.getValue();
                each.of(d, e.getKey(), holding, idf * tf * (K1 + 1) / (tf + norm));
            }
        }
    }
}
