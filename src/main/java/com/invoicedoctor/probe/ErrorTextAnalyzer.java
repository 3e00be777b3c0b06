package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.ErrorPattern;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.LexiconEntry;
import com.invoicedoctor.reading.LiteralIndex;
import com.invoicedoctor.reading.SimplifiedChinese;
import com.invoicedoctor.reading.TextClassifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted error text in three layers, each giving its own facts with their own provenance, strongest first:
 * the exact patterns (knowledge-base/error-patterns/), the term lexicon (knowledge-base/lexicon/: error-code
 * families, subsystems, products, invoicing terms; facts {@code term.*}) and the classifier trained on real
 * messages (knowledge-base/error-classifier/; facts {@code error.reads-like}, {@code -2} and {@code -p}). Rules weigh
 * the layers in that order.
 * A pasted log is read line by line: each fact quotes the line that told it.
 * One pass of a literal index finds every lexicon word and every word a pattern needs, so a pattern's expression
 * only runs on texts that hold one of its words, and of an expression made of alternatives only the alternatives
 * whose words the text holds.
 */
public final class ErrorTextAnalyzer {
    /** Longest text analysed; anything longer is refused rather than silently cut. */
    public static final int MAX_CHARS = 20_000;
    /** The fact the classifier's best cause becomes. */
    public static final String READS_LIKE = "error.reads-like";
    /** The classifier's second cause, and the probability of its first. */
    public static final String READS_LIKE_2 = "error.reads-like-2";
    public static final String READS_LIKE_P = "error.reads-like-p";
    /** The probabilities of the second and third causes, and the third cause (weighed when the classifier reads alone). */
    public static final String READS_LIKE_2_P = "error.reads-like-2-p";
    public static final String READS_LIKE_3 = "error.reads-like-3";
    public static final String READS_LIKE_3_P = "error.reads-like-3-p";
    /** Whether the classifier was the only layer that read the text. */
    public static final String READS_LIKE_ALONE = "error.reads-like-alone";
    private static final int QUOTE_CHARS = 160;
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /**
     * Expressions that must see the whole text: dot-all ones, and those anchored at its start or end (^ and $ without
     * multi-line mode). Look-arounds are fine line by line: the region's bounds are transparent to them.
     */
    private static final Pattern DOT_ALL = Pattern.compile("\\(\\?[a-z]*s[a-z]*[):]");
    private static final Pattern ANCHOR = Pattern.compile("(?<!\\\\)\\^(?![^\\[]*\\])|(?<!\\\\)\\$");
    /**
     * What ties the alternatives of an expression together, so that they cannot be run one by one: a flag set
     * for the rest of the expression ("(?m)" before the first alternative holds for all), a back-reference (its
     * group's number changes when the alternatives are parted).
     */
    private static final Pattern TIED = Pattern.compile("\\(\\?[a-zA-Z-]+\\)|\\\\[1-9]|\\\\k<");

    /** The layers of reading, strongest first. */
    public enum Layer { PATTERN, TERM, CLASSIFIER }

    private final List<Compiled> patterns;
    /** Patterns whose expression must always run (no word can be told that every match holds). */
    private final BitSet alwaysRun = new BitSet();
    private final List<LexiconEntry> lexicon;
    private final LiteralIndex literals;
    /** Per literal: the patterns that need it, the lexicon entry it belongs to (or -1), whether it stands apart. */
    private final int[][] literalPatterns;
    /** Per literal: the alternatives that need it, numbered over all patterns run alternative by alternative. */
    private final int[][] literalBranches;
    /** Per alternative: the literals one of which every match of it begins with, or null (see {@link RequiredWords#leadingWords}). */
    private final int[][] leadingLiterals;
    /** Per literal: whether an alternative's match may begin with it. */
    private final boolean[] leads;
    private final int[] literalEntry;
    /** Per literal: whether it is a word of an aside entry (another subject named in passing: hidden from the classifier). */
    private final boolean[] literalAside;
    private final boolean[] boundedStart;
    private final boolean[] boundedEnd;
    private final TextClassifier classifier;

    public ErrorTextAnalyzer(KnowledgeBase kb) {
        this(kb, kb.errorClassifier().orElse(null));
    }

    /** The same reading with another classifier (the corpus benchmark's cross-validation), or none when null. */
    public ErrorTextAnalyzer(KnowledgeBase kb, TextClassifier classifier) {
        List<Compiled> compiled = new ArrayList<>();
        Map<String, List<Integer>> branchesNeeding = new LinkedHashMap<>();
        int branchCount = 0;
        for (ErrorPattern p : kb.errorPatterns()) {
            boolean wholeText = wholeText(p.regex());
            Optional<List<List<String>>> words = RequiredWords.ofEachBranch(p.regex());
            Pattern regex = p.compiled();
            Alternative[] alternatives = wholeText || words.isEmpty() ? null : alternatives(p.regex(), regex.flags(), words.get());
            if (alternatives != null) {
                for (int b = 0; b < alternatives.length; b++) {
                    for (String w : words.get().get(b)) {
                        branchesNeeding.computeIfAbsent(LiteralIndex.lower(w), k -> new ArrayList<>()).add(branchCount + b);
                    }
                }
            }
            compiled.add(new Compiled(p, regex, p.regex().contains("(?<span>"), wholeText, alternatives, branchCount));
            branchCount += alternatives == null ? 0 : alternatives.length;
        }
        SimplifiedChinese.load(); // once per process, here rather than on the first text in traditional characters
        this.patterns = List.copyOf(compiled);
        this.lexicon = kb.lexicon();
        this.classifier = kb.observation(READS_LIKE).isPresent() ? classifier : null;
        Map<String, List<Integer>> needing = new LinkedHashMap<>();
        Map<String, Integer> entryOf = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Optional<List<String>> words = RequiredWords.of(patterns.get(i).pattern().regex());
            if (words.isEmpty()) {
                alwaysRun.set(i);
                continue;
            }
            for (String w : words.get()) {
                needing.computeIfAbsent(LiteralIndex.lower(w), k -> new ArrayList<>()).add(i);
            }
        }
        for (int e = 0; e < lexicon.size(); e++) {
            for (String w : lexicon.get(e).words()) {
                entryOf.putIfAbsent(LiteralIndex.lower(w.strip()), e);
            }
        }
        List<String> words = new ArrayList<>(needing.keySet());
        entryOf.keySet().stream().filter(w -> !needing.containsKey(w)).forEach(words::add);
        patterns.stream().filter(c -> c.alternatives() != null).flatMap(c -> java.util.Arrays.stream(c.alternatives()))
                .filter(a -> a.leading() != null).flatMap(a -> a.leading().stream()).distinct()
                .filter(w -> !needing.containsKey(w) && !entryOf.containsKey(w)).forEach(words::add);
        this.literals = new LiteralIndex(words);
        this.literalPatterns = new int[words.size()][];
        this.literalBranches = new int[words.size()][];
        this.literalEntry = new int[words.size()];
        this.literalAside = new boolean[words.size()];
        this.boundedStart = new boolean[words.size()];
        this.boundedEnd = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            literalPatterns[i] = needing.getOrDefault(w, List.of()).stream().mapToInt(Integer::intValue).toArray();
            literalBranches[i] = branchesNeeding.getOrDefault(w, List.of()).stream().mapToInt(Integer::intValue).toArray();
            literalEntry[i] = entryOf.getOrDefault(w, -1);
            literalAside[i] = literalEntry[i] >= 0 && lexicon.get(literalEntry[i]).isAside();
            boundedStart[i] = isWordChar(w.charAt(0));
            boundedEnd[i] = isWordChar(w.charAt(w.length() - 1));
        }
        this.leadingLiterals = new int[branchCount][];
        this.leads = new boolean[words.size()];
        for (Compiled c : patterns) {
            for (int b = 0; c.alternatives() != null && b < c.alternatives().length; b++) {
                List<String> leading = c.alternatives()[b].leading();
                if (leading != null) {
                    int[] numbers = leading.stream().mapToInt(words::indexOf).distinct().toArray();
                    leadingLiterals[c.firstBranch() + b] = numbers;
                    for (int n : numbers) {
                        leads[n] = true;
                    }
                }
            }
        }
    }

    /**
     * The observations the text reveals in every layer, each with the line that told it as its provenance. When two
     * patterns set the same observation, the first in file order wins.
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_CHARS}
     */
    public List<Observation> analyse(String text) {
        return analyse(text, EnumSet.allOf(Layer.class));
    }

    /** The same with only some layers (a person's description is read without the classifier: it has its own). */
    public List<Observation> analyse(String text, Set<Layer> layers) {
        return analyse(text, layers, observation -> true);
    }

    /**
     * The same, giving only the facts whose observation {@code kept} accepts: a description's second pass wants the
     * terms alone, read with the patterns so that a word a pattern matched is not a term too. A pattern none of whose
     * facts is kept then runs only when the text holds a term its match could cover, and its facts are not written.
     */
    public List<Observation> analyse(String text, Set<Layer> layers, Predicate<String> kept) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the error text has " + text.length() + " characters; at most " + MAX_CHARS + " are read");
        }
        // what is read: the text with traditional characters made simplified (the same length, so the offsets found
        // in it quote the text as it was pasted)
        String read = SimplifiedChinese.of(text);
        String lower = LiteralIndex.lower(read);
        BitSet candidates = (BitSet) alwaysRun.clone();
        BitSet branches = new BitSet(); // the alternatives whose words the text holds
        Ends[] wordsAt = new Ends[patterns.size()]; // by pattern, where its words end
        List<int[]> termHits = new ArrayList<>(); // {lexicon entry, literal, end, start} of every lexicon word found
        List<int[]> patternHits = new ArrayList<>(); // {literal, start} of every word a pattern needs, in the text's order
        BitSet aside = new BitSet(); // the characters of words that name another subject in passing
        boolean readPatterns = layers.contains(Layer.PATTERN);
        boolean readTerms = layers.contains(Layer.TERM);
        literals.scan(lower, (word, end) -> {
            if (readPatterns) {
                for (int p : literalPatterns[word]) {
                    candidates.set(p);
                    if (wordsAt[p] == null) {
                        wordsAt[p] = new Ends();
                    }
                    wordsAt[p].add(end);
                }
                for (int b : literalBranches[word]) {
                    branches.set(b);
                }
                if (leads[word]) {
                    patternHits.add(new int[]{word, end - literals.length(word)});
                }
            }
            if (literalAside[word] && standsApart(lower, word, end)) {
                aside.set(end - literals.length(word), end);
            }
            if (readTerms && literalEntry[word] >= 0 && standsApart(lower, word, end)) {
                termHits.add(new int[]{literalEntry[word], word, end, end - literals.length(word)});
            }
        });
        List<Observation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BitSet explained = new BitSet(); // the characters a pattern's match covered
        if (readPatterns) {
            PatternWords patternWords = new PatternWords(patternHits, foldsAsLowerCase(read));
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                Compiled c = patterns.get(i);
                if (termHits.isEmpty() && !layers.contains(Layer.CLASSIFIER) && !setsAny(c.pattern(), kept)) {
                    continue; // what it matches would explain no term, and it tells nothing asked for
                }
                Matcher m;
                if (c.alternatives() != null) {
                    m = findNear(c, branches, patternWords, read, wordsAt[i]);
                } else {
                    m = c.regex().matcher(read);
                    if (!(c.wholeText() || alwaysRun.get(i) ? m.find() : findNear(m, read, wordsAt[i]))) {
                        m = null;
                    }
                }
                if (m == null) {
                    continue;
                }
                boolean span = hasSpan(m, c) && m.start("span") >= 0;
                int at = span ? m.start("span") : m.start();
                int until = span ? m.end("span") : m.end();
                explained.set(m.start(), m.end());
                write(c.pattern().sets(), seen, kept, found, () -> c.pattern().id() + ": \"" + quote(text, at, until) + "\"");
            }
        }
        if (readTerms) {
            // the words a pattern matched told their exact fact and are not counted a second time, more weakly; the
            // other words of the same line still count ("Could not connect to broker …: Connection refused" names the
            // broker beside the refusal, and the broker is what decides)
            Map<Integer, int[]> first = new java.util.TreeMap<>();
            List<int[]> unexplained = termHits.stream().filter(h -> explained.get(h[3], h[2]).isEmpty()).toList();
            unexplained.stream().filter(h -> !insideLonger(h, unexplained)).forEach(h -> first.putIfAbsent(h[0], h));
            for (int[] hit : first.values()) {
                LexiconEntry entry = lexicon.get(hit[0]);
                int end = hit[2];
                int start = hit[3];
                write(entry.sets(), seen, kept, found,
                        () -> "term “" + text.substring(start, end) + "” (" + entry.id() + "): \"" + quote(text, start, end) + "\"");
            }
        }
        // the weakest layer gives its first two causes and how sure it is of the first; the rules weigh them by how
        // often such a guess was right (rules/error-reading.drl), strongly only when nothing stronger was read
        if (layers.contains(Layer.CLASSIFIER) && classifier != null && seen.add(READS_LIKE)) {
            // an aside (请联系维护人员) is no part of what the message says went wrong: the classifier does not see it
            String told = aside.isEmpty() ? read : blank(read, aside);
            List<TextClassifier.Guess> guesses = classifier.ranked(told);
            if (!guesses.isEmpty() && guesses.get(0).probability() >= classifier.threshold()) {
                TextClassifier.Guess g = guesses.get(0);
                found.add(Observation.of(READS_LIKE_ALONE, seen.size() == 1 ? "yes" : "no", Observation.Source.errorText, null));
                String line = tellingLine(text, told, g.cause());
                found.add(Observation.of(READS_LIKE, g.cause(), Observation.Source.errorText,
                        String.format(java.util.Locale.ROOT, "reads like %s (p=%.2f): \"%s\"", g.cause(), g.probability(), line)));
                found.add(Observation.of(READS_LIKE_P, String.format(java.util.Locale.ROOT, "%.2f", g.probability()),
                        Observation.Source.errorText, null));
                runnerUp(found, guesses, 1, READS_LIKE_2, READS_LIKE_2_P, line);
                runnerUp(found, guesses, 2, READS_LIKE_3, READS_LIKE_3_P, line);
            }
        }
        found.removeIf(o -> !kept.test(o.id()));
        return found;
    }

    /** The classifier's runner-up at {@code rank} (1: second, 2: third) and its probability, when it gave one. */
    private static void runnerUp(List<Observation> found, List<TextClassifier.Guess> guesses, int rank, String fact,
                                 String probability, String line) {
        if (guesses.size() > rank) {
            TextClassifier.Guess g = guesses.get(rank);
            found.add(Observation.of(fact, g.cause(), Observation.Source.errorText, String.format(java.util.Locale.ROOT,
                    "reads %s like %s (p=%.2f): \"%s\"", rank == 1 ? "second" : "third", g.cause(), g.probability(), line)));
            found.add(Observation.of(probability, String.format(java.util.Locale.ROOT, "%.2f", g.probability()),
                    Observation.Source.errorText, null));
        }
    }

    /**
     * Writes the facts a match or a term sets that are asked for and not told yet; where they were read is worked
     * out once, and only when a fact is written (quoting a line is the costly part).
     */
    private static void write(Map<String, String> sets, Set<String> seen, Predicate<String> kept, List<Observation> found,
                              Supplier<String> detail) {
        String told = null;
        for (Map.Entry<String, String> set : sets.entrySet()) {
            if (seen.add(set.getKey()) && kept.test(set.getKey())) {
                told = told == null ? detail.get() : told;
                found.add(Observation.of(set.getKey(), set.getValue(), Observation.Source.errorText, told));
            }
        }
    }

    /** The text with the characters marked made blanks (the same length, so the lines stay where they were). */
    private static String blank(String text, BitSet marked) {
        char[] chars = text.toCharArray();
        for (int i = marked.nextSetBit(0); i >= 0 && i < chars.length; i = marked.nextSetBit(i + 1)) {
            chars[i] = ' ';
        }
        return new String(chars);
    }

    /** Whether the pattern sets an observation asked for. */
    private static boolean setsAny(ErrorPattern pattern, Predicate<String> kept) {
        for (String observation : pattern.sets().keySet()) {
            if (kept.test(observation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lexicon word lies inside a longer one found at the same place: the longer phrase says what the word
     * means there ("Unexpected token" is a parser's complaint, not an API token; "default gateway" is the PC's own
     * setting, not a gateway server), so only the longer one is read.
     */
    private static boolean insideLonger(int[] hit, List<int[]> hits) {
        int start = hit[3];
        for (int[] other : hits) {
            int otherStart = other[3];
            if (other != hit && otherStart <= start && other[2] >= hit[2] && other[2] - otherStart > hit[2] - start) {
                return true;
            }
        }
        return false;
    }

    /** From the line before to the line after the one where a word ends at {@code end}: where its match can lie. */
    private static int[] linesAround(String text, int end) {
        return new int[] {lineStart(text, Math.max(0, lineStart(text, end - 1) - 1)),
                lineEnd(text, Math.min(text.length(), lineEnd(text, end) + 1))};
    }

    /** One search of a region of the text: the matcher that matched there, or null. */
    @FunctionalInterface
    private interface RegionSearch {
        Matcher find(int from, int to);
    }

    /**
     * Searches only around the lines where the pattern's words were found (the line before, the line, the line
     * after: a match holds one of the words, and a message broken over lines stays readable), not over the whole
     * pasted log: a 2 KB log costs a few short matches instead of a scan of 2 KB per pattern. A region that ends
     * within one already searched is not searched again.
     */
    private static Matcher firstNear(String text, Ends ends, RegionSearch search) {
        int searched = -1;
        for (int e = 0; e < ends.size; e++) {
            int[] around = linesAround(text, ends.at[e]);
            if (around[1] <= searched) {
                continue;
            }
            Matcher m = search.find(Math.max(around[0], 0), around[1]);
            if (m != null) {
                return m;
            }
            searched = around[1];
        }
        return null;
    }

    /** Runs the whole expression around the pattern's words (see {@link #firstNear}). */
    private static boolean findNear(Matcher m, String text, Ends ends) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return firstNear(text, ends, (from, to) -> m.region(from, to).find() ? m : null) != null;
    }

    /**
     * The same for an expression run alternative by alternative, only those whose words the text holds (the others
     * cannot match): around each place, the match that begins first, the earlier alternative on a tie, which is
     * the match the whole expression finds there. Returns the matcher of the alternative that matched, or null.
     */
    private Matcher findNear(Compiled c, BitSet present, PatternWords found, String text, Ends ends) {
        List<Matcher> matchers = new ArrayList<>();
        List<int[]> leading = new ArrayList<>();
        for (int b = present.nextSetBit(c.firstBranch()); b >= 0 && b < c.firstBranch() + c.alternatives().length;
                b = present.nextSetBit(b + 1)) {
            matchers.add(c.alternatives()[b - c.firstBranch()].regex().matcher(text).useTransparentBounds(true)
                    .useAnchoringBounds(false));
            leading.add(found.plain() ? leadingLiterals[b] : null);
        }
        return firstNear(text, ends, (from, to) -> {
            Matcher first = null;
            for (int k = 0; k < matchers.size(); k++) {
                Matcher m = matchers.get(k);
                boolean matched = leading.get(k) != null ? lookingAtWords(m, leading.get(k), found, from, to)
                        : m.region(from, to).find();
                if (matched && (first == null || m.start() < first.start())) {
                    first = m;
                }
            }
            return first;
        });
    }

    /**
     * The leftmost match between from and to of an alternative whose matches begin with one of some plain words: it
     * can only begin where one of them does, so the expression is tried there, from left to right (with the same
     * bounds a search would see), and nowhere else.
     */
    private boolean lookingAtWords(Matcher m, int[] words, PatternWords found, int from, int to) {
        BitSet starts = new BitSet();
        for (int[] hit : found.hits()) {
            for (int w : words) {
                if (hit[0] == w && hit[1] >= from && hit[1] + literals.length(w) <= to) {
                    starts.set(hit[1]);
                }
            }
        }
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            if (m.region(s, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words of one pattern end in a text, in the text's order: a common word ("开票") is a word of dozens of
     * patterns and is found dozens of times in a description, so these are plain numbers, not boxed ones in a list.
     */
    private static final class Ends {
        int[] at = new int[8];
        int size;

        void add(int end) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = end;
        }
    }

    /**
     * The pattern words found in a text ({literal, start}, in the text's order), and whether every character of the
     * text compares under the literal index's lower case as a case-insensitive expression compares it (true but for a
     * few letters such as the dotless ı and the long ſ): only then are the words found all the places a plain word of
     * an expression can match.
     */
    private record PatternWords(List<int[]> hits, boolean plain) {
    }

    private static boolean foldsAsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && Character.toLowerCase(c) != Character.toLowerCase(Character.toUpperCase(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word's characters compare alike in lower case and in a case-insensitive expression. */
    private static boolean plainWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            if (Character.toLowerCase(c) != folded || Character.toLowerCase(Character.toUpperCase(folded)) != folded) {
                return false;
            }
        }
        return true;
    }

    /** Whether the expression that matched has the group "span" (an alternative on its own may not). */
    private static boolean hasSpan(Matcher m, Compiled c) {
        if (c.alternatives() == null) {
            return c.hasSpan();
        }
        for (Alternative a : c.alternatives()) {
            if (a.regex() == m.pattern()) {
                return a.hasSpan();
            }
        }
        return false;
    }

    /**
     * The top-level alternatives of a pattern compiled one by one, when they can be run apart and there are several;
     * otherwise null (the whole expression runs).
     */
    private static Alternative[] alternatives(String regex, int flags, List<List<String>> words) {
        List<String> branches = RequiredWords.branches(regex);
        if (branches.size() < 2 || branches.size() != words.size() || TIED.matcher(regex).find()
                || !String.join("|", branches).equals(regex)) {
            return null;
        }
        Alternative[] alternatives = new Alternative[branches.size()];
        for (int b = 0; b < alternatives.length; b++) {
            try {
                List<String> leading = RequiredWords.leadingWords(branches.get(b))
                        .map(ws -> ws.stream().map(LiteralIndex::lower).toList())
                        .filter(ws -> ws.stream().allMatch(ErrorTextAnalyzer::plainWord)).orElse(null);
                alternatives[b] = new Alternative(Pattern.compile(branches.get(b), flags),
                        branches.get(b).contains("(?<span>"), leading);
            } catch (java.util.regex.PatternSyntaxException e) {
                return null; // an alternative that is no expression alone: the whole one runs
            }
        }
        return alternatives;
    }

    private static boolean wholeText(String regex) {
        return DOT_ALL.matcher(regex).find() || (!regex.contains("(?m") && ANCHOR.matcher(regex).find());
    }

    /** Whether the text reads as anything at all in any layer. */
    public boolean recognises(String text) {
        return !analyse(text).isEmpty();
    }

    /** A Latin word of the lexicon counts only standing apart: "MCE" is not read in "commerce". */
    private boolean standsApart(String lower, int word, int end) {
        int start = end - literals.length(word);
        boolean before = !boundedStart[word] || start == 0 || !isWordChar(lower.charAt(start - 1));
        boolean after = !boundedEnd[word] || end == lower.length() || !isWordChar(lower.charAt(end));
        return before && after;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The line (of a pasted log) the classifier reads most like the cause, quoted; the text itself when one line. */
    private String tellingLine(String text, String read, String cause) {
        String[] lines = text.split("\\R");
        String[] readLines = read.split("\\R");
        String best = text;
        if (lines.length > 1) {
            double top = -1;
            for (int i = 0; i < lines.length; i++) {
                double p = lines[i].isBlank() ? -1 : classifier.probability(readLines[i], cause);
                if (p > top) {
                    top = p;
                    best = lines[i];
                }
            }
        }
        return shorten(best, 0, best.length());
    }

    /** The line holding the part read from start to end, cut around that part when longer than a quote may be. */
    static String quote(String text, int start, int end) {
        int lineStart = lineStart(text, start);
        int lineEnd = lineEnd(text, end);
        String line = text.substring(lineStart, lineEnd);
        return shorten(line, start - lineStart, Math.min(end, lineEnd) - lineStart);
    }

    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static String shorten(String line, int from, int to) {
        // a space character becomes a blank one for one, so only the part quoted is rewritten, not a whole long line
        // (a description is often one line of 1,000 characters); what strip() leaves is the same either way
        int first = 0;
        int last = line.length();
        while (first < last && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(line.charAt(last - 1))) {
            last--;
        }
        if (last - first <= QUOTE_CHARS) {
            return SPACES.matcher(SPACE.matcher(line).replaceAll(" ").strip()).replaceAll(" ");
        }
        int begin = Math.max(0, Math.min(from - QUOTE_CHARS / 4, line.length() - QUOTE_CHARS));
        int finish = Math.min(line.length(), begin + Math.max(QUOTE_CHARS, to - from));
        String part = SPACE.matcher(line.substring(begin, Math.min(finish, begin + QUOTE_CHARS))).replaceAll(" ");
        String cut = SPACES.matcher(part.strip()).replaceAll(" ");
        return (begin > 0 ? "…" : "") + cut + (begin + QUOTE_CHARS < line.length() ? "…" : "");
    }

    /**
     * A pattern may name the part worth quoting with a group {@code (?<span>…)}; the quote is its line.
     *
     * @param wholeText    whether the expression must see the whole text (dot-all, anchors, look-arounds)
     * @param alternatives its top-level alternatives, run one by one, or null when the whole expression runs
     * @param firstBranch  the number of its first alternative among all patterns' alternatives
     */
    private record Compiled(ErrorPattern pattern, Pattern regex, boolean hasSpan, boolean wholeText,
                            Alternative[] alternatives, int firstBranch) {
    }

    /**
     * One top-level alternative of a pattern, compiled alone with the pattern's flags.
     *
     * @param leading the plain words one of which every match of it begins with, lower-cased, or null
     */
    private record Alternative(Pattern regex, boolean hasSpan, List<String> leading) {
    }
}
