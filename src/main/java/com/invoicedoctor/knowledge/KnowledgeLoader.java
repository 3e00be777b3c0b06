package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.KnowledgeFiles.CausesFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.ErrorPatternsFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.QuestionnaireFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.ExamplesFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.ScenariosFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.FindingsFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.LexiconFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.ObservationsFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.PhrasesFile;
import com.invoicedoctor.knowledge.KnowledgeFiles.QuestionsFile;
import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntSupplier;

/** Loads rules/ and knowledge-base/ from disk, all or nothing. */
public final class KnowledgeLoader {
    private KnowledgeLoader() {
    }

    /**
     * Loads and validates the knowledge.
     *
     * @throws KnowledgeException with every problem found, located as file:line
     */
    public static KnowledgeBase load(Path kbDir, Path rulesDir) {
        List<Problem> problems = new ArrayList<>();
        // the rules are read and compiled (or taken pre-built) while the YAML files are read: both take seconds
        List<Problem> ruleProblems = new ArrayList<>();
        CompletableFuture<RuleBase> compiling = CompletableFuture.supplyAsync(() -> RuleBase.compile(rulesDir, ruleProblems));
        Path settingsFile = kbDir.resolve("kb.yaml");
        Settings settings = YamlFiles.read(settingsFile, Settings.class, problems);
        Map<String, Located<Cause>> causes = index(YamlFiles.readAll(kbDir.resolve("causes"), CausesFile.class,
                CausesFile::causes, problems), Cause::id, "cause", problems);
        Map<String, Located<ObservationDef>> observations = index(YamlFiles.readAll(kbDir.resolve("observations"),
                ObservationsFile.class, ObservationsFile::observations, problems), ObservationDef::id, "observation", problems);
        Map<String, Located<FindingDef>> findings = index(YamlFiles.readAll(kbDir.resolve("findings"),
                FindingsFile.class, FindingsFile::findings, problems), FindingDef::id, "finding", problems);
        Map<String, Located<Question>> questions = index(YamlFiles.readAll(kbDir.resolve("questions"),
                QuestionsFile.class, QuestionsFile::questions, problems), Question::id, "question", problems);
        Map<String, Located<ErrorPattern>> patterns = index(YamlFiles.readAll(kbDir.resolve("error-patterns"),
                ErrorPatternsFile.class, ErrorPatternsFile::patterns, problems), ErrorPattern::id, "error pattern", problems);
        Map<String, Located<LexiconEntry>> lexicon = index(YamlFiles.readAll(kbDir.resolve("lexicon"),
                LexiconFile.class, LexiconFile::terms, problems), LexiconEntry::id, "lexicon entry", problems);
        Map<String, Located<Scenario>> scenarios = index(YamlFiles.readAll(kbDir.resolve("scenarios"),
                ScenariosFile.class, ScenariosFile::scenarios, problems), Scenario::id, "scenario", problems);
        Map<String, Located<Example>> examples = index(YamlFiles.readAll(kbDir.resolve("examples"),
                ExamplesFile.class, ExamplesFile::examples, problems), Example::id, "example", problems);
        List<Located<Phrase>> phraseList = new ArrayList<>();
        PhraseWords words = PhraseWords.NONE;
        for (Path file : YamlFiles.in(kbDir.resolve("phrases"))) {
            PhrasesFile content = YamlFiles.read(file, PhrasesFile.class, problems);
            if (content != null) {
                if (content.phrases() != null) {
                    content.phrases().forEach(p -> phraseList.add(new Located<>(file, p)));
                }
                words = words.plus(content.words());
            }
        }
        Map<String, Located<Phrase>> phrases = index(phraseList, Phrase::id, "phrase", problems);
        Path questionnaireFile = kbDir.resolve("questionnaire.yaml");
        QuestionnaireFile questionnaire = java.nio.file.Files.exists(questionnaireFile)
                ? YamlFiles.read(questionnaireFile, QuestionnaireFile.class, problems) : new QuestionnaireFile(List.of());
        RuleBase rules = compiling.join();
        problems.addAll(ruleProblems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        new KnowledgeValidator(settingsFile, settings, causes, observations, findings, questions, patterns, rules).check(problems);
        new PhraseValidator(observations).check(phrases.values(), problems);
        new LexiconValidator(observations).check(lexicon.values(), problems);
        var classifier = ClassifierFiles.load(kbDir.resolve("error-classifier"), causes, observations, problems);
        new QuestionPreconditions(observations).check(questions.values(), problems);
        checkExamples(examples, causes, problems);
        new ScenarioValidator(causes, observations, questions).check(scenarios, questionnaireFile,
                questionnaire == null ? List.of() : questionnaire.order(), problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new KnowledgeBase(settings, unwrap(causes), unwrap(observations), unwrap(findings), unwrap(questions),
                unwrap(patterns), unwrap(scenarios), questionnaire == null || questionnaire.order() == null
                ? List.of() : questionnaire.order(), unwrap(phrases), words, rules,
                List.copyOf(unwrap(lexicon).values()), classifier, List.copyOf(unwrap(examples).values()));
    }

    /** An example must name a known cause and a language and hold some words. */
    private static void checkExamples(Map<String, Located<Example>> examples, Map<String, Located<Cause>> causes,
                                      List<Problem> problems) {
        for (Located<Example> e : examples.values()) {
            Example x = e.item();
            // the file is read again for the line only when there is a problem: there are hundreds of examples
            IntSupplier line = () -> YamlFiles.lineOf(e.file(), x.id());
            if (!causes.containsKey(x.cause())) {
                problems.add(new Problem(e.file(), line.getAsInt(), "example " + x.id() + " names unknown cause " + x.cause()));
            }
            if (x.lang() == null) {
                problems.add(new Problem(e.file(), line.getAsInt(), "example " + x.id() + " has no lang (zh or en)"));
            }
            if (x.text() == null || x.text().isBlank()) {
                problems.add(new Problem(e.file(), line.getAsInt(), "example " + x.id() + " has no text"));
            }
        }
    }

    private static <T> Map<String, Located<T>> index(List<Located<T>> items, Function<T, String> id, String kind,
                                                     List<Problem> problems) {
        Map<String, Located<T>> byId = new LinkedHashMap<>();
        for (Located<T> located : items) {
            String key = id.apply(located.item());
            if (key == null || key.isBlank()) {
                problems.add(new Problem(located.file(), 0, "a " + kind + " has no id"));
            } else if (byId.putIfAbsent(key, located) != null) {
                problems.add(new Problem(located.file(), YamlFiles.lineOf(located.file(), key),
                        "duplicate " + kind + " id " + key + " (also in " + byId.get(key).file().getFileName() + ")"));
            }
        }
        return byId;
    }

    private static <T> Map<String, T> unwrap(Map<String, Located<T>> located) {
        Map<String, T> map = new LinkedHashMap<>();
        located.forEach((k, v) -> map.put(k, v.item()));
        return map;
    }
}
