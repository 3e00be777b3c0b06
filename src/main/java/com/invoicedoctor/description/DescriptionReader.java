package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Phrase;
import com.invoicedoctor.knowledge.PhraseWords;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person wrote about their case ("网页都打不开，微信倒是能用，只有我这台电脑这样") into facts, with the
 * phrases of the knowledge base. A phrase's cue matches a clause when each of its terms occurs there; a negator
 * outside the cue's own words turns it into its negated facts; an unsure clause or a question tells nothing. A
 * phrase may look across the clauses of a sentence (a fact told over a contrast), and may be silenced by words
 * elsewhere in the sentence (a test said of another place). When the text states one fact twice, the later clause
 * wins, as people correct themselves as they write; a sentence-wide reading counts as its sentence's last clause.
 */
public final class DescriptionReader {
    /** Longest description read; anything longer is refused rather than silently cut. */
    public static final int MAX_CHARS = 20_000;
    private static final int QUOTE_CHARS = 80;
    /** The marks and spaces that end a sentence (those of \\s among them), left out of a sentence-wide reading's quote. */
    private static final String SENTENCE_END = "。！!？?；;. \t\n\u000B\f\r";
    /** A stretch in quotation marks: the words of the screen, kept for the error-text layers whatever surrounds them. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{2,}”|\"[^\"]{2,}\"|「[^」]{2,}」|『[^』]{2,}』|‘[^’]{2,}’");

    private record Cue(Phrase phrase, int terms) {
    }

    /** Term {@code term} of cue number {@code cue}. */
    private record Term(int cue, int term) {
    }

    private record Reading(String observation, String value, int terms, Clause clause) {
    }

    private final Words words = new Words();
    private final List<Cue> cues = new ArrayList<>();
    private final WordIndex<Term> cueWords = new WordIndex<>(words, false);
    private final WordIndex<Term> sentenceCueWords = new WordIndex<>(words, false);
    private final WordIndex<String> unlessWords = new WordIndex<>(words, false);
    private final WordIndex<String> negators = new WordIndex<>(words, true);
    private final WordIndex<String> unsure = new WordIndex<>(words, true);
    private final ClauseBreaks breaks;

    public DescriptionReader(KnowledgeBase kb) {
        for (Phrase p : kb.phrases()) {
            for (Lang lang : Lang.values()) {
                for (String cue : p.cues(lang)) {
                    addCue(p, cue);
                }
            }
            p.unless().forEach(w -> unlessWords.add(w, p.id()));
        }
        PhraseWords small = kb.phraseWords();
        small.negators().values().forEach(list -> list.forEach(w -> negators.add(w, w)));
        small.unsure().values().forEach(list -> list.forEach(w -> unsure.add(w, w)));
        List<String> breakWords = new ArrayList<>();
        small.clauseBreaks().values().forEach(breakWords::addAll);
        this.breaks = new ClauseBreaks(breakWords);
    }

    private void addCue(Phrase phrase, String cue) {
        String[] terms = cue.strip().split("\\s+");
        int number = cues.size();
        cues.add(new Cue(phrase, terms.length));
        WordIndex<Term> index = phrase.sentenceWide() ? sentenceCueWords : cueWords;
        for (int t = 0; t < terms.length; t++) {
            for (String alternative : terms[t].split("\\|")) {
                if (alternative.isBlank()) {
                    continue;
                }
                // a space parts terms, so words of one alternative are joined with "+": "phone+hotspot"
                index.add(alternative.replace('+', ' '), new Term(number, t));
            }
        }
    }

    /**
     * What a description told: its facts, the words of the clauses that state something (questions and unsure
     * clauses left out), which the resemblance layer uses instead of cutting the text again, and the text with its questions and
     * unsure clauses blanked out ({@code telling}), so that a guess such as "是不是税局系统升级了？" is not read as the
     * software's message by the error-text layers. Anything in quotation marks is kept: that is what the screen said.
     * {@code unread} is the telling text without the clauses a phrase read: what a phrase understood of a clause
     * ("系统时间也是对的": the clock is right) is finer than the term lexicon's guess from one of its words ("系统时间"
     * names the clock, as an error message would), so the terms look only at the rest.
     */
    public record Read(List<Observation> facts, List<String> words, String telling, String unread) {
    }

    /**
     * The facts the description states, each quoting the clause it was read from, in the order of their last
     * mention.
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_CHARS}
     */
    public List<Observation> read(String text) {
        return readAll(text).facts();
    }

    /** The facts and the words of a description; see {@link #read}. */
    public Read readAll(String text) {
        if (text == null || text.isBlank()) {
            return new Read(List.of(), List.of(), "", "");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the description has " + text.length() + " characters; at most " + MAX_CHARS + " are read");
        }
        Map<String, Reading> facts = new LinkedHashMap<>();
        List<String> allWords = new ArrayList<>();
        char[] telling = text.toCharArray();
        char[] unread = text.toCharArray();
        Match[] matches = new Match[cues.size()]; // for each clause in turn, emptied after it
        for (Clause.Sentence sentence : Clause.sentences(text)) {
            List<Clause> clauses = Clause.of(sentence.text(), breaks, sentence.start());
            List<Words.Cut> cuts = new ArrayList<>();
            BitSet stating = new BitSet(); // the clauses that state something
            boolean allTell = true;
            for (Clause clause : clauses) {
                Words.Cut cut = words.cut(clause.text());
                cuts.add(cut);
                if (tells(clause, cut)) {
                    // what the text resembles is weighed on what the person states, not on their guesses ("老板怀疑是
                    // 店员在看视频") and questions: a guess names the cause people blame, often the wrong one
                    allWords.addAll(List.of(cut.words()));
                    stating.set(cuts.size() - 1);
                } else {
                    java.util.Arrays.fill(telling, clause.start(), clause.end(), ' ');
                    java.util.Arrays.fill(unread, clause.start(), clause.end(), ' ');
                    allTell = false;
                }
            }
            Words.Cut whole = Words.Cut.join(cuts);
            Silenced silenced = new Silenced(whole);
            List<Reading> readings = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                if (stating.get(i)) {
                    readings.addAll(read(clauses.get(i), cuts.get(i), cueWords, silenced, matches));
                }
            }
            // a sentence-wide cue reads a sentence only when every clause of it tells something
            if (allTell && !clauses.isEmpty()) {
                String body = withoutEnd(sentence.text().strip());
                Clause all = new Clause(body, false, sentence.start(), sentence.start() + sentence.text().length());
                readings.addAll(read(all, whole, sentenceCueWords, silenced, matches));
            }
            for (Reading r : readings) {
                facts.remove(r.observation());
                facts.put(r.observation(), r);
                java.util.Arrays.fill(unread, r.clause().start(), Math.min(r.clause().end(), unread.length), ' ');
            }
        }
        List<Observation> list = new ArrayList<>();
        for (Reading r : facts.values()) {
            list.add(Observation.of(r.observation(), r.value(), Observation.Source.description,
                    "“" + r.clause().quote(QUOTE_CHARS) + "”"));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            text.getChars(quoted.start(), quoted.end(), telling, quoted.start());
            text.getChars(quoted.start(), quoted.end(), unread, quoted.start());
        }
        return new Read(list, allWords, new String(telling), new String(unread));
    }

    /**
     * The words of a text cut and kept as {@link #readAll} does, without reading any phrase: what text read earlier in the
     * session resembles is counted again with a later answer, and its facts are known already.
     */
    public List<String> words(String text) {
        List<String> all = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return all;
        }
        for (Clause.Sentence sentence : Clause.sentences(text)) {
            for (Clause clause : Clause.of(sentence.text(), breaks, sentence.start())) {
                Words.Cut cut = words.cut(clause.text());
                if (tells(clause, cut)) {
                    all.addAll(List.of(cut.words()));
                }
            }
        }
        return all;
    }

    /** Whether a clause states anything: a question or an unsure clause ("我以为是路由器坏了") does not. */
    private boolean tells(Clause clause, Words.Cut w) {
        return !clause.question() && unsure.in(w).isEmpty();
    }

    /**
     * The phrases silenced by words of a sentence ("unless" words), looked for only once a cue of the sentence is
     * complete: most sentences complete none.
     */
    private final class Silenced {
        private final Words.Cut sentence;
        private Set<String> phrases;

        Silenced(Words.Cut sentence) {
            this.sentence = sentence;
        }

        boolean contains(String phrase) {
            if (phrases == null) {
                phrases = new HashSet<>();
                unlessWords.each(sentence, (owner, start, end) -> phrases.add(owner));
            }
            return phrases.contains(phrase);
        }
    }

    /**
     * A stripped sentence without the marks and spaces that end it: what the expression {@code [SENTENCE_END]+$} would
     * cut, found from the end instead of tried from every character. As that {@code $} also stands before a line
     * terminator ending the text, a final U+0085 (the one strip() leaves) is kept and the marks before it cut.
     */
    static String withoutEnd(String stripped) {
        int end = stripped.length();
        int kept = end > 0 && stripped.charAt(end - 1) == '\u0085' ? end - 1 : end;
        int cut = kept;
        while (cut > 0 && SENTENCE_END.indexOf(stripped.charAt(cut - 1)) >= 0) {
            cut--;
        }
        return stripped.substring(0, cut) + stripped.substring(kept, end);
    }

    /** What the clause reads as; {@code matches}, by cue number, is empty before and after (one array for a whole text). */
    private List<Reading> read(Clause clause, Words.Cut w, WordIndex<Term> index, Silenced silenced, Match[] matches) {
        List<WordIndex.Found<String>> negations = null; // looked for once a cue is complete
        // by cue number, what the clause holds of each cue; read in the order of the cues (a tie keeps the earlier
        // cue). An array: a common word ("正常", "报错") is a term of dozens of cues, and a map of them cost more than
        // finding them. Only the cues the clause touched are gone through afterwards, not every cue of the knowledge
        BitSet touched = new BitSet(cues.size());
        index.each(w, (term, start, end) -> {
            int number = term.cue();
            if (matches[number] == null) {
                matches[number] = new Match(cues.get(number).terms());
                touched.set(number);
            }
            matches[number].hit(term.term(), start, end);
        });
        Map<String, Reading> best = new LinkedHashMap<>();
        for (int number = touched.nextSetBit(0); number >= 0; number = touched.nextSetBit(number + 1)) {
            Match match = matches[number];
            matches[number] = null;
            Cue cue = cues.get(number);
            if (!match.complete(cue.terms()) || silenced.contains(cue.phrase().id())) {
                continue;
            }
            if (negations == null) {
                negations = negators.in(w);
            }
            boolean negated = negations.stream().anyMatch(match::negatedBy);
            Map<String, String> set = negated ? cue.phrase().negated() : cue.phrase().sets();
            set.forEach((observation, value) -> best.merge(observation,
                    new Reading(observation, value, cue.terms(), clause),
                    (kept, other) -> other.terms() > kept.terms() ? other : kept));
        }
        return new ArrayList<>(best.values());
    }

    /**
     * Which terms of one cue a clause holds, and the words they took: for each term, the words of the first place it
     * was found (start and end, 0 and 0 while not found). One array, not sets: a common word makes a Match for each of
     * dozens of cues, and most of them are never complete.
     */
    private static final class Match {
        /** How many words before a cue a negator still reaches it. */
        private static final int NEGATION_REACH = 2;
        private final int[] words;
        private int held;

        Match(int termCount) {
            this.words = new int[2 * termCount];
        }

        void hit(int term, int start, int end) {
            // a term found takes at least one word, so its end is never 0
            if (words[2 * term + 1] == 0) {
                words[2 * term] = start;
                words[2 * term + 1] = end;
                held++;
            }
        }

        boolean complete(int termCount) {
            return held == termCount;
        }

        /**
         * Whether a negator found in the clause turns this cue around: it is not one of the cue's own words (打不开
         * says its own "not") and stands inside the cue's stretch or just before it ("其他网站也不能打开", "没有别的电脑
         * 报错"), not in another part of the clause ("只有我这台打不开网页" keeps "only mine" positive).
         */
        boolean negatedBy(WordIndex.Found<String> negator) {
            int start = negator.start();
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int t = 0; t < words.length; t += 2) {
                if (words[t] < negator.end() && words[t + 1] > start) {
                    return false; // one of the cue's own words
                }
                first = Math.min(first, words[t]);
                last = Math.max(last, words[t + 1] - 1);
            }
            return start >= first - NEGATION_REACH && start < last;
        }
    }
}
