package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks that every phrase sets observations that exist, to values they accept, has cues to match, a known span and
 * no empty unless word.
 */
final class PhraseValidator {
    private final Map<String, Located<ObservationDef>> observations;

    PhraseValidator(Map<String, Located<ObservationDef>> observations) {
        this.observations = observations;
    }

    void check(Collection<Located<Phrase>> phrases, List<Problem> problems) {
        for (Located<Phrase> located : phrases) {
            Phrase p = located.item();
            if (p.sets().isEmpty()) {
                problems.add(at(located, "phrase " + p.id() + " sets nothing"));
            }
            if (p.zh().isEmpty() && p.en().isEmpty()) {
                problems.add(at(located, "phrase " + p.id() + " has no cues in zh or en"));
            }
            if (!Phrase.CLAUSE.equals(p.span()) && !Phrase.SENTENCE.equals(p.span())) {
                problems.add(at(located, "phrase " + p.id() + " has span '" + p.span() + "'; expected clause or sentence"));
            }
            if (p.unless().stream().anyMatch(w -> w == null || w.isBlank())) {
                problems.add(at(located, "phrase " + p.id() + " has an empty word in unless"));
            }
            checkValues(located, p.sets(), "sets", problems);
            checkValues(located, p.negated(), "negated", problems);
            for (String cue : concat(p.zh(), p.en())) {
                if (cue == null || cue.isBlank() || cue.contains("||") || cue.startsWith("|") || cue.endsWith("|")) {
                    problems.add(at(located, "phrase " + p.id() + " has an empty cue or alternative: \"" + cue + "\""));
                }
            }
        }
    }

    private void checkValues(Located<Phrase> located, Map<String, String> values, String field, List<Problem> problems) {
        values.forEach((id, value) -> {
            Located<ObservationDef> def = observations.get(id);
            if (def == null) {
                problems.add(at(located, "phrase " + located.item().id() + " " + field + " unknown observation " + id));
            } else if (value == null || !def.item().accepts(value)) {
                problems.add(at(located, "phrase " + located.item().id() + " " + field + " " + id + " to '" + value
                        + "', which it does not take; expected " + def.item().expected()));
            }
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Problem at(Located<Phrase> located, String message) {
        return new Problem(located.file(), YamlFiles.lineOf(located.file(), "id: " + located.item().id()), message);
    }
}
