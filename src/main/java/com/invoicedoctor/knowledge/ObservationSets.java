package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The check every map of facts a piece of knowledge sets gets: each observation exists and takes its value. */
final class ObservationSets {
    private ObservationSets() {
    }

    /**
     * Adds a problem, at the line that names {@code id} in its file, for each observation of {@code sets} that is
     * unknown or does not take its value.
     *
     * @param owner how the problem names the piece of knowledge ("error pattern x", "lexicon entry y")
     * @return the observations that are known and take their value, for checks of their own
     */
    static List<String> check(Located<?> located, String id, String owner, Map<String, String> sets,
                              Map<String, Located<ObservationDef>> observations, List<Problem> problems) {
        List<String> fitting = new ArrayList<>();
        sets.forEach((obs, value) -> {
            Located<ObservationDef> def = observations.get(obs);
            if (def == null) {
                problems.add(at(located, id, owner + " sets unknown observation " + obs));
            } else if (!def.item().accepts(value)) {
                problems.add(at(located, id, owner + ": '" + value + "' does not fit " + obs + "; expected " + def.item().expected()));
            } else {
                fitting.add(obs);
            }
        });
        return fitting;
    }

    private static Problem at(Located<?> located, String text, String message) {
        return new Problem(located.file(), YamlFiles.lineOf(located.file(), text), message);
    }
}
