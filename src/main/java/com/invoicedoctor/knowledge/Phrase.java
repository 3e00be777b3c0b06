package com.invoicedoctor.knowledge;

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
 */
public record Phrase(String id, Map<String, String> sets, Map<String, String> negated, List<String> zh, List<String> en) {

    public Phrase {
        sets = sets == null ? Map.of() : Map.copyOf(sets);
        negated = negated == null ? Map.of() : Map.copyOf(negated);
        zh = zh == null ? List.of() : List.copyOf(zh);
        en = en == null ? List.of() : List.copyOf(en);
    }

    /** The cues in the given language. */
    public List<String> cues(Lang lang) {
        return lang == Lang.en ? en : zh;
    }
}
