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
 * @param aside  true for words that name another subject in passing (whom to ask: 请联系维护人员, "contact your network
 *               administrator"; a shell prompt's host name): they set nothing either, keep the words inside them from
 *               being read as terms, and are hidden from the classifier, so that 维护 in 维护人员 does not vote for a
 *               platform being maintained
 */
public record LexiconEntry(String id, Map<String, String> sets, List<String> words, String origin, Boolean setsNothing,
                           Boolean aside) implements Serializable {

    public LexiconEntry {
        sets = sets == null ? Map.of() : Map.copyOf(sets);
        words = words == null ? List.of() : List.copyOf(words);
        aside = Boolean.TRUE.equals(aside);
        setsNothing = Boolean.TRUE.equals(setsNothing) || aside;
    }

    /** Whether the words name another subject in passing and are read by no layer (see {@code aside}). */
    public boolean isAside() {
        return aside;
    }

    /** Whether the entry only keeps shorter words from being read (see {@code setsNothing}). */
    public boolean onlyShadows() {
        return setsNothing;
    }
}
