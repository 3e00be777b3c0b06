package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/** Checks scenarios and the fixed questionnaire against causes, observations and questions. */
final class ScenarioValidator {
    private final Map<String, Located<Cause>> causes;
    private final Map<String, Located<ObservationDef>> observations;
    private final Map<String, Located<Question>> questions;

    ScenarioValidator(Map<String, Located<Cause>> causes, Map<String, Located<ObservationDef>> observations,
                      Map<String, Located<Question>> questions) {
        this.causes = causes;
        this.observations = observations;
        this.questions = questions;
    }

    void check(Map<String, Located<Scenario>> scenarios, Path questionnaireFile, List<String> order, List<Problem> problems) {
        for (Located<Scenario> located : scenarios.values()) {
            Scenario s = located.item();
            // the line is looked up only for a problem: reading the file for every scenario made loading slow
            IntSupplier line = () -> YamlFiles.lineOf(located.file(), s.id());
            if (!causes.containsKey(s.cause())) {
                problems.add(new Problem(located.file(), line.getAsInt(), "scenario " + s.id() + " names unknown cause " + s.cause()));
            }
            if (s.story() == null || !s.story().complete()) {
                problems.add(new Problem(located.file(), line.getAsInt(), "scenario " + s.id() + " needs a story in zh and en"));
            }
            s.facts().forEach((obs, value) -> {
                Located<ObservationDef> def = observations.get(obs);
                if (def == null) {
                    problems.add(new Problem(located.file(), line.getAsInt(), "scenario " + s.id() + " uses unknown observation " + obs));
                } else if (!def.item().accepts(value)) {
                    problems.add(new Problem(located.file(), line.getAsInt(), "scenario " + s.id() + ": '" + value + "' does not fit "
                            + obs + "; expected " + def.item().expected()));
                }
            });
        }
        for (String id : order == null ? List.<String>of() : order) {
            if (!questions.containsKey(id)) {
                problems.add(new Problem(questionnaireFile, YamlFiles.lineOf(questionnaireFile, id),
                        "the questionnaire names unknown question " + id));
            }
        }
    }
}
