package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/** Checks that every question's preconditions (askIf, notIf) name known observations and values they take. */
final class QuestionPreconditions {
    private final Map<String, Located<ObservationDef>> observations;

    QuestionPreconditions(Map<String, Located<ObservationDef>> observations) {
        this.observations = observations;
    }

    void check(Collection<Located<Question>> questions, List<Problem> problems) {
        for (Located<Question> located : questions) {
            check(located, located.item().askIf(), "askIf", problems);
            check(located, located.item().notIf(), "notIf", problems);
        }
    }

    private void check(Located<Question> located, Map<String, String> conditions, String field, List<Problem> problems) {
        Question q = located.item();
        // the line is looked up only for a problem: reading the file for every question made loading slow
        IntSupplier line = () -> YamlFiles.lineOf(located.file(), "id: " + q.id());
        conditions.forEach((id, values) -> {
            String where = "question " + q.id() + ": " + field + " ";
            Located<ObservationDef> def = observations.get(id);
            if (def == null) {
                problems.add(new Problem(located.file(), line.getAsInt(), where + "names unknown observation " + id));
                return;
            }
            if (id.equals(q.observation())) {
                problems.add(new Problem(located.file(), line.getAsInt(), where + "names the question's own observation"));
            }
            for (String value : values.split("\\|")) {
                if (!def.item().accepts(value)) {
                    problems.add(new Problem(located.file(), line.getAsInt(), where + id + " = '" + value
                            + "', which it does not take; expected " + def.item().expected()));
                }
            }
        });
    }
}
