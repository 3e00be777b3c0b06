package com.invoicedoctor.knowledge;

import java.util.List;

/** The shapes of the YAML files in knowledge-base/. */
final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    record CausesFile(List<Cause> causes) {
    }

    record ObservationsFile(List<ObservationDef> observations) {
    }

    record FindingsFile(List<FindingDef> findings) {
    }

    record QuestionsFile(List<Question> questions) {
    }

    record ErrorPatternsFile(List<ErrorPattern> patterns) {
    }

    record ExamplesFile(List<Example> examples) {
    }

    record ScenariosFile(List<Scenario> scenarios) {
    }

    record LexiconFile(List<LexiconEntry> terms) {
    }

    /** Phrases people use, and (in any of the files) the small words that shape the reading. */
    record PhrasesFile(List<Phrase> phrases, java.util.Map<Lang, List<String>> clauseBreaks,
                       java.util.Map<Lang, List<String>> negators, java.util.Map<Lang, List<String>> unsure) {
        PhraseWords words() {
            return new PhraseWords(clauseBreaks, negators, unsure);
        }
    }

    /** The fixed questionnaire: question ids in the order of the source article's tree. */
    record QuestionnaireFile(List<String> order) {
    }
}
