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
 * Which causes a person's words read most like: each cause's own texts in the knowledge base (title, description and
 * solution steps, both languages) and the stories of its scenarios (cases as callers tell them) make one document per
 * cause, cut into words by Lucene's smartcn analyzer, and the documents are ranked against the text by BM25 (the
 * ranking search engines use; with 33 documents its weights are worked out once). Beside them each told case (example
 * or scenario story) is a document of its own, and for a faint text (a short opening) the closest few vote for their
 * causes ({@link NearestStories}): a handful of words matches one or two stories told the same way better than 33 long
 * documents. It needs no phrase written for the words a person happens to use, so it carries over to wordings nobody
 * foresaw, and it is the weakest layer: the two best causes become facts {@code text.resembles-1} and {@code -2}, and
 * rules/description.drl says how much each counts.
 */
public final class CauseResemblance {
    /** The ranks given as facts. */
    static final List<String> RANKS = List.of("text.resembles-1", "text.resembles-2");
    /** How many times the first cause's score the second's: how far ahead the first is, which says how far to trust it. */
    static final String LEAD = "text.resembles-lead";

    /**
     * Below this BM25 score (of the best cause's document) the text resembles nothing: the words of a vague complaint
     * ("开票一直提示服务器异常", "invoicing says server error") are in every cause's texts and score under 1. Over the
     * openings and whole stories of rounds 2-11 (description.ResemblanceStrength, each round without its own
     * examples) a best score under 2 named the true cause for 4 of 25, 2-4 for 0.35, 4-6 for 0.37 (against 1 in 33 by
     * chance), 6-12 for 0.59. Until 2026-12-07 the floor was 6, which left a third of all openings with nothing. At 3
     * the openings of rounds 2-11 gained a little more (top-3 0.67 instead of 0.65), but a vague error message pasted
     * alone ("服务器异常：网络连接失败，请检查网络", 3.2) then read like a wrong cause and turned the steps of issue 15's
     * clerk away from the cable and the router; real callers send such texts more often than our story writers did.
     */
    static final double LEAST_SCORE = 4.0;
    /**
     * From this score on the text resembles clearly: the documents per cause alone rank it and the lead of the first
     * cause is given as well. Below it the text is faint, a handful of words: the closest told cases vote too, and only
     * the two best causes are given (the lead was measured, and rules/description.drl weighed, above it).
     */
    static final double CLEAR_SCORE = 6.0;
    /**
     * The closest told cases that vote on a faint text, and their vote beside the documents per cause (each scaled to
     * its best): measured leave-one-round-out on the openings of rounds 2-11 (description.ResemblanceVoting), voting
     * on every text (commit d334132), 3, 5, 7, 10 and 15 voters and a weight from 0.5 to 2 all put the truth first for
     * 0.58-0.59 and in the top 3 for 0.75-0.78, against 0.54 and 0.72 for the documents alone; votes alone 0.57 and
     * 0.76.
     */
    static final int VOTERS = 7;
    static final double VOTE_WEIGHT = 1.0;

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
    /** The same told cases, each its own document: the few closest vote for their causes. */
    private final NearestStories nearest;
    /** How many of the closest told cases vote, and how much their vote counts beside the documents per cause. */
    private final int voters;
    private final double voteWeight;

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
        List<NearestStories.Story> told = new ArrayList<>();
        stories.forEach((id, story) -> told.add(new NearestStories.Story(id, story.cause(), story.counts())));
        told.sort(java.util.Comparator.comparing(NearestStories.Story::id));
        this.nearest = new NearestStories(causes.size(), told);
        this.voters = VOTERS;
        this.voteWeight = VOTE_WEIGHT;
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

    private CauseResemblance(CauseResemblance all, List<Map<String, Integer>> counts, NearestStories nearest,
            int voters, double voteWeight) {
        this.words = all.words;
        this.enabled = all.enabled;
        this.leadKnown = all.leadKnown;
        this.causes = all.causes;
        this.stories = all.stories;
        this.counts = counts;
        this.weights = counts == all.counts ? all.weights : weigh(counts);
        this.nearest = nearest;
        this.voters = voters;
        this.voteWeight = voteWeight;
    }

    /** The same with another number of voters and weight of their vote (a measurement compares them). */
    CauseResemblance voting(int voters, double voteWeight) {
        return new CauseResemblance(this, counts, nearest, voters, voteWeight);
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
        return any ? new CauseResemblance(this, without, nearest.leavingOut(ids), voters, voteWeight) : this;
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
        Map<String, double[]> weights = new HashMap<>();
        Bm25.weigh(counts, (c, word, holding, weight) -> weights.computeIfAbsent(word, w -> new double[counts.size()])[c] = weight);
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
        double[] documents = documentScores(textWords);
        double top = documents == null ? 0 : java.util.Arrays.stream(documents).max().orElse(0);
        if (top < LEAST_SCORE) {
            return List.of();
        }
        double[] score = combined(documents, textWords);
        Integer[] order = new Integer[score.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<Observation> facts = new ArrayList<>();
        for (int i = 0; i < RANKS.size() && score[order[i]] > 0; i++) {
            facts.add(Observation.of(RANKS.get(i), causes.get(order[i]), Observation.Source.description, null));
        }
        if (leadKnown && score[order[1]] > 0 && top >= CLEAR_SCORE) {
            double lead = Math.min(9.9, score[order[0]] / score[order[1]]);
            facts.add(Observation.of(LEAD, String.format(java.util.Locale.ROOT, "%.2f", lead),
                    Observation.Source.description, null));
        }
        return facts;
    }

    /**
     * Each cause's resemblance to these words, in the order of the causes: for a faint text its document's BM25 score
     * over the best cause's plus the vote of the closest told cases over the strongest vote, weighted; for a clear one
     * its document's BM25 score; null when no word is in any cause's texts.
     */
    double[] scores(List<String> textWords) {
        return combined(documentScores(textWords), textWords);
    }

    private double[] combined(double[] documents, List<String> textWords) {
        if (documents == null || voteWeight <= 0) {
            return documents;
        }
        double topDocument = java.util.Arrays.stream(documents).max().orElse(0);
        if (topDocument >= CLEAR_SCORE) {
            // a text that resembles clearly is ranked by the documents alone: voting there changed little on strangers'
            // stories and cost the bench's own (written in the knowledge's words) 0.03-0.10 of top-1
            return documents;
        }
        double[] votes = votes(textWords);
        double topVote = java.util.Arrays.stream(votes).max().orElse(0);
        double[] score = new double[documents.length];
        for (int c = 0; c < score.length; c++) {
            score[c] = documents[c] / topDocument + (topVote > 0 ? voteWeight * votes[c] / topVote : 0);
        }
        return score;
    }

    /** Each cause's BM25 score for these words, in the order of the causes; null when no word is in any cause's texts. */
    double[] documentScores(List<String> textWords) {
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

    /** The closest told cases' vote for each cause, in the order of the causes (before it is scaled and weighed). */
    double[] votes(List<String> textWords) {
        return nearest.votes(new HashSet<>(textWords), voters);
    }

    /** The causes, in the order of {@link #scores}. */
    List<String> causes() {
        return causes;
    }
}
