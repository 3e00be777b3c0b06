package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks the term lexicon (knowledge-base/lexicon/): known facts with fitting values, words, an origin. */
final class LexiconValidator {
    /** Shorter Latin words match too much by chance ("ip" in "zip"); Chinese terms of two characters are fine. */
    private static final int SHORTEST_LATIN = 3;

    private final Map<String, Located<ObservationDef>> observations;

    LexiconValidator(Map<String, Located<ObservationDef>> observations) {
        this.observations = observations;
    }

    void check(Iterable<Located<LexiconEntry>> entries, List<Problem> problems) {
        Map<String, String> wordOwner = new HashMap<>();
        for (Located<LexiconEntry> located : entries) {
            LexiconEntry e = located.item();
            if (e.sets().isEmpty() && !e.onlyShadows()) {
                problems.add(at(located, e.id(), "lexicon entry " + e.id() + " sets no observation (say setsNothing: true for phrases that only keep a shorter word from being read)"));
            }
            if (!e.sets().isEmpty() && e.onlyShadows()) {
                problems.add(at(located, e.id(), "lexicon entry " + e.id() + " has setsNothing: true but sets observations"));
            }
            if (e.origin() == null || e.origin().isBlank()) {
                problems.add(at(located, e.id(), "lexicon entry " + e.id() + " needs an origin: where the words are printed and why they suggest the fact"));
            }
            if (e.words().isEmpty()) {
                problems.add(at(located, e.id(), "lexicon entry " + e.id() + " has no words"));
            }
            ObservationSets.check(located, e.id(), "lexicon entry " + e.id(), e.sets(), observations, problems);
            for (String word : e.words()) {
                String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
                boolean chinese = w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (w.length() < (chinese ? 2 : SHORTEST_LATIN)) {
                    problems.add(at(located, word == null ? e.id() : word, "lexicon entry " + e.id() + ": the word '" + word
                            + "' is too short to tell anything (at least " + SHORTEST_LATIN + " letters, or 2 Chinese characters)"));
                    continue;
                }
                String other = wordOwner.putIfAbsent(w, e.id());
                if (other != null && !other.equals(e.id())) {
                    problems.add(at(located, word, "lexicon entry " + e.id() + ": the word '" + word + "' is also in " + other));
                }
            }
        }
    }

    private static Problem at(Located<?> located, String text, String message) {
        return new Problem(located.file(), YamlFiles.lineOf(located.file(), text), message);
    }
}
