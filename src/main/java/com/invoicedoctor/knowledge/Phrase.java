package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Words a person uses to tell a fact, and the observations they set.
 *
 * @param id      stable id, quoted as the provenance of what it read
 * @param sets    observation id to value when a cue matches a clause
 * @param negated observation id to value when the clause negates the cue; none means a negated cue says nothing
 * @param zh      Chinese cues: terms separated by spaces, alternatives of a term separated by "|"
 * @param en      English cues, the same way
 * @param span    where a cue's terms must all be found: {@code clause} (the default) or {@code sentence}, for a fact
 *                told across a contrast or a comma ("微信能用，但是网页打不开"; "I switched the VPN off, then it worked")
 * @param unless  words that silence the phrase in a sentence holding any of them, for a fact whose words say
 *                something else from another place ("telnet works" said of a phone hotspot is not this office's port)
 */
public record Phrase(String id, Map<String, String> sets, Map<String, String> negated, List<String> zh, List<String> en,
        String span, List<String> unless) implements Serializable {
    /** The span a phrase has when it names none. */
    public static final String CLAUSE = "clause";
    public static final String SENTENCE = "sentence";

    public Phrase {
        sets = sets == null ? Map.of() : Map.copyOf(sets);
        negated = negated == null ? Map.of() : Map.copyOf(negated);
        zh = zh == null ? List.of() : List.copyOf(zh);
        en = en == null ? List.of() : List.copyOf(en);
        span = span == null ? CLAUSE : span;
        unless = unless == null ? List.of() : List.copyOf(unless);
    }

    /** The cues in the given language. */
    public List<String> cues(Lang lang) {
        return lang == Lang.en ? en : zh;
    }

    /** Whether the cues are looked for in the whole sentence rather than in one clause. */
    public boolean sentenceWide() {
        return SENTENCE.equals(span);
    }
}
