package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Scenario;
import com.invoicedoctor.knowledge.SolutionStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Which causes a person's words read most like: each cause's own texts in the knowledge base (title,
 * description and solution steps, both languages) and the stories of its scenarios (cases as callers tell them)
 * make one document per cause, cut into words by Lucene's smartcn analyzer, and the documents are ranked against
 * the text by BM25 (the ranking search engines use; with 33 documents its weights are worked out once).
 * It needs no phrase written for the words a person happens to use, so it carries over to wordings nobody
 * foresaw, and it is the weakest layer: the two best causes become facts {@code text.resembles-1} and {@code -2},
 * and rules/description.drl says how much each counts.
 */
public final class CauseResemblance {
    /** The ranks given as facts. */
    static final List<String> RANKS = List.of("text.resembles-1", "text.resembles-2");

    /** BM25's usual constants (Lucene's defaults): how fast a repeated word saturates, how much length counts. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private final List<String> causes = new ArrayList<>();
    /** Word to its BM25 weight in each cause's document, worked out once: reading a text is then a few lookups. */
    private final Map<String, double[]> weights = new HashMap<>();
    private final boolean enabled;

    public CauseResemblance(KnowledgeBase kb) {
        this(kb, null);
    }

    /**
     * Leaving one scenario's story out of the documents: the bench reads each scenario's story against the others
     * only, as it would read a stranger's.
     */
    public CauseResemblance(KnowledgeBase kb, String leftOutScenario) {
        this.enabled = RANKS.stream().allMatch(id -> kb.observation(id).isPresent());
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Cause c : kb.causes()) {
            causes.add(c.id());
            Map<String, Integer> tf = new HashMap<>();
            cut(textOf(c) + storiesOf(kb, c, leftOutScenario)).forEach(w -> tf.merge(w, 1, Integer::sum));
            counts.add(tf);
        }
        int n = causes.size();
        double[] length = new double[n];
        double total = 0;
        Map<String, Integer> df = new HashMap<>();
        for (int c = 0; c < n; c++) {
            for (Map.Entry<String, Integer> e : counts.get(c).entrySet()) {
                length[c] += e.getValue();
                df.merge(e.getKey(), 1, Integer::sum);
            }
            total += length[c];
        }
        double average = total / Math.max(1, n);
        for (int c = 0; c < n; c++) {
            double norm = K1 * (1 - B + B * length[c] / average);
            for (Map.Entry<String, Integer> e : counts.get(c).entrySet()) {
                double idf = Math.log(1 + (n - df.get(e.getKey()) + 0.5) / (df.get(e.getKey()) + 0.5));
                double tf = e.getValue();
                weights.computeIfAbsent(e.getKey(), w -> new double[n])[c] = idf * tf * (K1 + 1) / (tf + norm);
            }
        }
    }

    private static String textOf(Cause c) {
        StringBuilder text = new StringBuilder();
        for (Lang lang : Lang.values()) {
            text.append(c.title().in(lang)).append('\n').append(c.description().in(lang)).append('\n');
            for (SolutionStep step : c.solutions()) {
                text.append(step.text().in(lang)).append('\n');
            }
        }
        return text.toString();
    }

    private static String storiesOf(KnowledgeBase kb, Cause c, String leftOut) {
        StringBuilder text = new StringBuilder();
        for (Scenario s : kb.scenarios()) {
            if (s.cause().equals(c.id()) && !s.id().equals(leftOut) && s.story() != null) {
                for (Lang lang : Lang.values()) {
                    text.append(s.story().in(lang)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The causes the text reads most like, best first, as facts; none when no word of it is in any cause's texts. */
    public List<Observation> read(String text) {
        return text == null || text.isBlank() ? List.of() : of(cut(Words.normal(text)));
    }

    /** The same for a text already cut into words (by the description reader, so it is cut once). */
    public List<Observation> of(List<String> textWords) {
        if (!enabled) {
            return List.of();
        }
        // each word once: a word said three times is not three times the evidence
        Set<String> words = new HashSet<>(textWords);
        double[] score = new double[causes.size()];
        boolean any = false;
        for (String w : words) {
            double[] weight = weights.get(w);
            if (weight != null) {
                any = true;
                for (int c = 0; c < score.length; c++) {
                    score[c] += weight[c];
                }
            }
        }
        if (!any) {
            return List.of();
        }
        Integer[] order = new Integer[score.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<Observation> facts = new ArrayList<>();
        for (int i = 0; i < RANKS.size() && score[order[i]] > 0; i++) {
            facts.add(Observation.of(RANKS.get(i), causes.get(order[i]), Observation.Source.description, null));
        }
        return facts;
    }

    private List<String> cut(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words;
    }
}
