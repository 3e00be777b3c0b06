package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Words that name a kind of fault without saying exactly what happened (an error-code family, a subsystem, a
 * product, a Chinese invoicing term), and the fact their presence suggests. Weaker than an {@link ErrorPattern}:
 * the facts they set are their own ({@code term.*}), which rules weigh lower.
 *
 * @param id     stable id
 * @param sets   observation id to value when one of the words occurs
 * @param words  literal words, matched case-insensitively; a word beginning or ending with a Latin letter or digit
 *               must stand apart from other letters and digits there ("MCE" is not read in "commerce")
 * @param origin where the words are printed and why they suggest the fact
 * @param setsNothing true for phrases in which a shorter word of the lexicon means something else (Chrome's
 *               certificate warning "攻击者可能会试图…" is no attack): found, they set nothing, and the longer phrase
 *               keeps the word inside it from being read
 */
public record LexiconEntry(String id, Map<String, String> sets, List<String> words, String origin, Boolean setsNothing)
        implements Serializable {

    public LexiconEntry {
        sets = sets == null ? Map.of() : Map.copyOf(sets);
        words = words == null ? List.of() : List.copyOf(words);
        setsNothing = Boolean.TRUE.equals(setsNothing);
    }

    /** Whether the entry only keeps shorter words from being read (see {@code setsNothing}). */
    public boolean onlyShadows() {
        return setsNothing;
    }
}
