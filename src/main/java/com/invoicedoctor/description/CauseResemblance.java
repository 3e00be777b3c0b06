package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.Example;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Scenario;
import com.invoicedoctor.knowledge.SolutionStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** How many times the first cause's score the second's: how far ahead the first is, which says how far to trust it. */
    static final String LEAD = "text.resembles-lead";

    /** BM25's usual constants (Lucene's defaults): how fast a repeated word saturates, how much length counts. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /**
     * Below this BM25 score the best cause's resemblance is noise: over 332 texts of the spent frozen stories
     * (description.ResemblanceStrength) a top score under 6 named the true cause for 2 of 29 (no better than picking
     * among the likely causes at random), 6-12 for a third, above 12 for four in five. The words of a vague complaint
     * ("开票一直提示服务器异常") are in every cause's texts and give scores under 6.
     */
    static final double LEAST_SCORE = 6.0;

    private final Words words;
    private final List<String> causes;
    /** Each cause's document counted by word: its own texts and its scenarios' stories. */
    private final List<Map<String, Integer>> counts;
    /** Each scenario's story and each example counted by word, and its cause's position: what leaving it out takes away. */
    private final Map<String, Story> stories;
    /** Word to its BM25 weight in each cause's document, worked out once: reading a text is then a few lookups. */
    private final Map<String, double[]> weights;
    private final boolean enabled;
    private final boolean leadKnown;

    private record Story(int cause, Map<String, Integer> counts) {
    }

    public CauseResemblance(KnowledgeBase kb) {
        this.words = new Words();
        this.enabled = RANKS.stream().allMatch(id -> kb.observation(id).isPresent());
        this.leadKnown = kb.observation(LEAD).isPresent();
        this.causes = kb.causes().stream().map(Cause::id).toList();
        this.counts = new ArrayList<>();
        this.stories = new HashMap<>();
        for (Cause c : kb.causes()) {
            counts.add(count(textOf(c)));
        }
        // cases people told, by the cause found: the wordings real callers use, which no cause text foresees
        for (Example e : kb.examples()) {
            addStory(e.id(), e.cause(), e.text());
        }
        for (Scenario s : kb.scenarios()) {
            if (s.story() != null) {
                addStory(s.id(), s.cause(), s.story().in(Lang.zh) + '\n' + s.story().in(Lang.en));
            }
        }
        this.weights = weigh(counts);
    }

    /** Counts a told text into its cause's document and remembers it, so that {@link #leavingOut} can take it away. */
    private void addStory(String id, String cause, String text) {
        int index = causes.indexOf(cause);
        if (index >= 0) {
            Story story = new Story(index, count(text));
            stories.put(id, story);
            story.counts().forEach((w, n) -> counts.get(index).merge(w, n, Integer::sum));
        }
    }

    private CauseResemblance(CauseResemblance all, List<Map<String, Integer>> counts) {
        this.words = all.words;
        this.enabled = all.enabled;
        this.leadKnown = all.leadKnown;
        this.causes = all.causes;
        this.stories = all.stories;
        this.counts = counts;
        this.weights = weigh(counts);
    }

    /**
     * The same without one scenario's story in its cause's document: the bench reads each scenario's story against
     * the others only, as it would read a stranger's. Nothing is cut again; the story's words are taken away.
     */
    public CauseResemblance leavingOut(String scenario) {
        return leavingOut(List.of(scenario));
    }

    /** The same without these scenarios' stories and examples (a measurement leaves a whole set of stories out). */
    public CauseResemblance leavingOut(java.util.Collection<String> ids) {
        List<Map<String, Integer>> without = new ArrayList<>(counts);
        boolean any = false;
        for (String id : ids) {
            Story story = stories.get(id);
            if (story == null) {
                continue;
            }
            any = true;
            Map<String, Integer> doc = new HashMap<>(without.get(story.cause()));
            story.counts().forEach((w, n) -> doc.computeIfPresent(w, (k, had) -> had > n ? had - n : null));
            without.set(story.cause(), doc);
        }
        return any ? new CauseResemblance(this, without) : this;
    }

    private Map<String, Integer> count(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String w : words.of(text, true)) {
            tf.merge(w, 1, Integer::sum);
        }
        return tf;
    }

    /** BM25 weights of every word in every document. */
    private static Map<String, double[]> weigh(List<Map<String, Integer>> counts) {
        int n = counts.size();
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
        Map<String, double[]> weights = new HashMap<>();
        for (int c = 0; c < n; c++) {
            double norm = K1 * (1 - B + B * length[c] / average);
            for (Map.Entry<String, Integer> e : counts.get(c).entrySet()) {
                double idf = Math.log(1 + (n - df.get(e.getKey()) + 0.5) / (df.get(e.getKey()) + 0.5));
                double tf = e.getValue();
                weights.computeIfAbsent(e.getKey(), w -> new double[n])[c] = idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        return weights;
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

    /**
     * The facts the words themselves stated, leaving out what the text merely resembles: nearly any text resembles
     * some cause, so "we read N facts" counts only these.
     */
    public static List<Observation> stated(List<Observation> facts) {
        return facts.stream().filter(o -> !RANKS.contains(o.id()) && !o.id().equals(LEAD)).toList();
    }

    /** The causes the text reads most like, best first, as facts; none when no word of it is in any cause's texts. */
    public List<Observation> read(String text) {
        return text == null || text.isBlank() ? List.of() : of(List.of(words.of(text, true)));
    }

    /** The same for a text already cut into words (by the description reader, so it is cut once). */
    public List<Observation> of(List<String> textWords) {
        if (!enabled) {
            return List.of();
        }
        double[] score = scores(textWords);
        if (score == null) {
            return List.of();
        }
        Integer[] order = new Integer[score.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<Observation> facts = new ArrayList<>();
        if (score[order[0]] < LEAST_SCORE) {
            return facts;
        }
        for (int i = 0; i < RANKS.size() && score[order[i]] > 0; i++) {
            facts.add(Observation.of(RANKS.get(i), causes.get(order[i]), Observation.Source.description, null));
        }
        if (leadKnown && score[order[1]] > 0) {
            double lead = Math.min(9.9, score[order[0]] / score[order[1]]);
            facts.add(Observation.of(LEAD, String.format(java.util.Locale.ROOT, "%.2f", lead),
                    Observation.Source.description, null));
        }
        return facts;
    }

    /** Each cause's BM25 score for these words, in the order of the causes; null when no word is in any cause's texts. */
    double[] scores(List<String> textWords) {
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
        return any ? score : null;
    }

    /** The causes, in the order of {@link #scores}. */
    List<String> causes() {
        return causes;
    }
}
