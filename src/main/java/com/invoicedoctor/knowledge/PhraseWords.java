package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The small words that shape how a description is read, per language: where a clause breaks (but, 但是),
 * what negates it (不, not) and what makes it unsure (不知道, not sure).
 */
public record PhraseWords(Map<Lang, List<String>> clauseBreaks, Map<Lang, List<String>> negators,
                          Map<Lang, List<String>> unsure) implements Serializable {

    public static final PhraseWords NONE = new PhraseWords(Map.of(), Map.of(), Map.of());

    public PhraseWords {
        clauseBreaks = clauseBreaks == null ? Map.of() : Map.copyOf(clauseBreaks);
        negators = negators == null ? Map.of() : Map.copyOf(negators);
        unsure = unsure == null ? Map.of() : Map.copyOf(unsure);
    }

    /** These words and the other's, each list joined. */
    PhraseWords plus(PhraseWords other) {
        return new PhraseWords(join(clauseBreaks, other.clauseBreaks), join(negators, other.negators),
                join(unsure, other.unsure));
    }

    private static Map<Lang, List<String>> join(Map<Lang, List<String>> a, Map<Lang, List<String>> b) {
        Map<Lang, List<String>> joined = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<String> words = new java.util.ArrayList<>(a.getOrDefault(lang, List.of()));
            words.addAll(b.getOrDefault(lang, List.of()));
            joined.put(lang, List.copyOf(words));
        }
        return joined;
    }
}
