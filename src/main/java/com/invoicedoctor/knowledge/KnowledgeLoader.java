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
import com.invoicedoctor.reading.TextClassifier;
import java.io.Serializable;
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
     * Loads and validates the knowledge. Knowledge identical to the jar's (same content hash, and rules with the hash
     * it was validated against) is taken as the build stored it, validated, instead of read and validated again.
     *
     * @throws KnowledgeException with every problem found, located as file:line
     */
    public static KnowledgeBase load(Path kbDir, Path rulesDir) {
        return load(kbDir, rulesDir, PrebuiltKnowledge::inJar);
    }

    /**
     * Loads and validates the knowledge; {@code prebuilt} gives the stored knowledge for the content hash of the
     * knowledge-base folder, or null when none was stored for it.
     */
    static KnowledgeBase load(Path kbDir, Path rulesDir, Function<String, PrebuiltKnowledge.Stored> prebuilt) {
        // the rules are read and compiled (or taken pre-built) while the knowledge base is read: both take a while
        List<Problem> ruleProblems = new ArrayList<>();
        CompletableFuture<RuleBase> compiling = compiling(rulesDir, ruleProblems);
        // the jar's own knowledge is the folder the build hashed; any other is hashed here
        String hash = KnowledgeSource.isJars(kbDir) ? PrebuiltKnowledge.builtHash() : PrebuiltKnowledge.contentHash(kbDir);
        PrebuiltKnowledge.Stored stored = hash == null ? null : prebuilt.apply(hash);
        if (stored != null) {
            // the classifier's model is read while the rules are still being built: it needs none of them
            List<Problem> problems = new ArrayList<>();
            Contents contents = stored.contents();
            TextClassifier classifier = contents.classifier() == null ? null
                    : ClassifierFiles.open(kbDir.resolve("error-classifier"), contents.classifier(), contents.causes(), problems);
            RuleBase rules = compiling.join();
            // validated against these very rules at build time; against others (edited) it is read and checked anew
            if (rules != null && ruleProblems.isEmpty() && rules.hash().equals(stored.rulesHash()) && problems.isEmpty()) {
                return contents.with(rules, classifier);
            }
        }
        return read(kbDir, compiling, ruleProblems).knowledgeBase();
    }

    /** Reads and validates every file (the build stores what this returns for the jar's knowledge). */
    static Validated read(Path kbDir, Path rulesDir) {
        List<Problem> ruleProblems = new ArrayList<>();
        return read(kbDir, compiling(rulesDir, ruleProblems), ruleProblems);
    }

    /**
     * The rules read and compiled (or taken pre-built) on a thread of their own: on two cores the common pool has one
     * worker, where they would wait behind whatever else was handed to it first (serve's opening of the database).
     */
    private static CompletableFuture<RuleBase> compiling(Path rulesDir, List<Problem> ruleProblems) {
        return CompletableFuture.supplyAsync(() -> RuleBase.compile(rulesDir, ruleProblems),
                task -> new Thread(task, "rules").start());
    }

    private static Validated read(Path kbDir, CompletableFuture<RuleBase> compiling, List<Problem> ruleProblems) {
        List<Problem> problems = new ArrayList<>();
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
        ClassifierFiles.Spec classifierSpec = ClassifierFiles.spec(kbDir.resolve("error-classifier"), observations, problems);
        TextClassifier classifier = classifierSpec == null ? null
                : ClassifierFiles.open(kbDir.resolve("error-classifier"), classifierSpec, causes, problems);
        new QuestionPreconditions(observations).check(questions.values(), problems);
        checkExamples(examples, causes, problems);
        new ScenarioValidator(causes, observations, questions).check(scenarios, questionnaireFile,
                questionnaire == null ? List.of() : questionnaire.order(), problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        Contents contents = new Contents(settings, unwrap(causes), unwrap(observations), unwrap(findings), unwrap(questions),
                unwrap(patterns), unwrap(scenarios), questionnaire == null || questionnaire.order() == null
                ? List.of() : List.copyOf(questionnaire.order()), unwrap(phrases), words, List.copyOf(unwrap(lexicon).values()),
                List.copyOf(unwrap(examples).values()), classifierSpec);
        return new Validated(contents, rules, classifier);
    }

    /** The knowledge as read from the YAML files and validated, in the files' order: all but the rules and the model. */
    record Contents(Settings settings, Map<String, Cause> causes, Map<String, ObservationDef> observations,
                    Map<String, FindingDef> findings, Map<String, Question> questions, Map<String, ErrorPattern> patterns,
                    Map<String, Scenario> scenarios, List<String> questionnaire, Map<String, Phrase> phrases,
                    PhraseWords words, List<LexiconEntry> lexicon, List<Example> examples,
                    ClassifierFiles.Spec classifier) implements Serializable {
        KnowledgeBase with(RuleBase rules, TextClassifier model) {
            return new KnowledgeBase(settings, causes, observations, findings, questions, patterns, scenarios,
                    questionnaire, phrases, words, rules, lexicon, model, examples);
        }
    }

    /** Validated knowledge: its contents, the rules it was checked against and the classifier's model. */
    record Validated(Contents contents, RuleBase rules, TextClassifier classifier) {
        KnowledgeBase knowledgeBase() {
            return contents.with(rules, classifier);
        }
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
