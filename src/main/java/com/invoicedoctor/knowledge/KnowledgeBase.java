package com.invoicedoctor.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.invoicedoctor.reading.TextClassifier;

/** The whole validated knowledge: settings, causes, observations, findings, questions and compiled rules. */
public final class KnowledgeBase {
    private final Settings settings;
    private final Map<String, Cause> causes;
    private final Map<String, ObservationDef> observations;
    private final Map<String, FindingDef> findings;
    private final Map<String, Question> questions;
    private final List<ErrorPattern> errorPatterns;
    private final List<Scenario> scenarios;
    private final List<String> questionnaire;
    private final List<Phrase> phrases;
    private final PhraseWords phraseWords;
    private final RuleBase rules;
    private final List<LexiconEntry> lexicon;
    private final TextClassifier classifier;
    private final List<Example> examples;

    KnowledgeBase(Settings settings, Map<String, Cause> causes, Map<String, ObservationDef> observations,
                  Map<String, FindingDef> findings, Map<String, Question> questions,
                  Map<String, ErrorPattern> errorPatterns, Map<String, Scenario> scenarios,
                  List<String> questionnaire, Map<String, Phrase> phrases, PhraseWords phraseWords, RuleBase rules,
                  List<LexiconEntry> lexicon, TextClassifier classifier, List<Example> examples) {
        this.lexicon = List.copyOf(lexicon);
        this.examples = List.copyOf(examples);
        this.classifier = classifier;
        this.settings = settings;
        this.causes = Map.copyOf(causes);
        this.observations = Map.copyOf(observations);
        this.findings = Map.copyOf(findings);
        this.questions = Map.copyOf(questions);
        this.errorPatterns = List.copyOf(errorPatterns.values());
        this.scenarios = List.copyOf(scenarios.values());
        this.questionnaire = List.copyOf(questionnaire);
        this.phrases = List.copyOf(phrases.values());
        this.phraseWords = phraseWords;
        this.rules = rules;
        // keep declaration order for listing: Map.copyOf does not, so remember it
        this.causeOrder = List.copyOf(causes.keySet());
        this.questionOrder = List.copyOf(questions.keySet());
    }

    private final List<String> causeOrder;
    private final List<String> questionOrder;

    public Settings settings() {
        return settings;
    }

    /** The knowledge-base version recorded with every diagnosis. */
    public String version() {
        return settings.version();
    }

    /** Causes in the order the files declare them. */
    public List<Cause> causes() {
        List<Cause> list = new ArrayList<>();
        causeOrder.forEach(id -> list.add(causes.get(id)));
        return list;
    }

    public Optional<Cause> cause(String id) {
        return Optional.ofNullable(causes.get(id));
    }

    public Optional<ObservationDef> observation(String id) {
        return Optional.ofNullable(observations.get(id));
    }

    public Collection<ObservationDef> observations() {
        return observations.values();
    }

    /** The ids of all findings. */
    public java.util.Set<String> findingIds() {
        return findings.keySet();
    }

    public Optional<FindingDef> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    /** Questions in the order the files declare them. */
    public List<Question> questions() {
        List<Question> list = new ArrayList<>();
        questionOrder.forEach(id -> list.add(questions.get(id)));
        return list;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** Error-text patterns in the order the files declare them. */
    public List<ErrorPattern> errorPatterns() {
        return errorPatterns;
    }

    /** The benchmark's realistic cases with their true causes. */
    /** Cases as people told them, with their causes (knowledge-base/examples/). */
    public List<Example> examples() {
        return examples;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The fixed questionnaire's question ids, in the source article's order (the benchmark's baseline). */
    public List<String> questionnaire() {
        return questionnaire;
    }

    /** The phrases a description is read with, in the order the files declare them. */
    public List<Phrase> phrases() {
        return phrases;
    }

    /** The small words that shape how a description is read. */
    public PhraseWords phraseWords() {
        return phraseWords;
    }

    /** The term lexicon: words that suggest a fact more weakly than an error pattern, in file order. */
    public List<LexiconEntry> lexicon() {
        return lexicon;
    }

    /** The statistical reading of error texts, when knowledge-base/error-classifier/ has one. */
    public Optional<TextClassifier> errorClassifier() {
        return Optional.ofNullable(classifier);
    }

    public RuleBase rules() {
        return rules;
    }
}
