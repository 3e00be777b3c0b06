package com.invoicedoctor.knowledge;

import com.invoicedoctor.knowledge.YamlFiles.Located;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the knowledge base and the rules against each other. */
final class KnowledgeValidator {
    private static final Set<String> FAMILIES = Set.of("server", "transport", "business", "network", "client", "platform");

    private final Path settingsFile;
    private final Settings settings;
    private final Map<String, Located<Cause>> causes;
    private final Map<String, Located<ObservationDef>> observations;
    private final Map<String, Located<FindingDef>> findings;
    private final Map<String, Located<Question>> questions;
    private final Map<String, Located<ErrorPattern>> patterns;
    private final RuleBase rules;

    KnowledgeValidator(Path settingsFile, Settings settings, Map<String, Located<Cause>> causes,
                       Map<String, Located<ObservationDef>> observations, Map<String, Located<FindingDef>> findings,
                       Map<String, Located<Question>> questions,
                       Map<String, Located<ErrorPattern>> patterns, RuleBase rules) {
        this.settingsFile = settingsFile;
        this.settings = settings;
        this.causes = causes;
        this.observations = observations;
        this.findings = findings;
        this.questions = questions;
        this.patterns = patterns;
        this.rules = rules;
    }

    void check(List<Problem> problems) {
        checkSettings(problems);
        causes.values().forEach(c -> checkCause(c, problems));
        observations.values().forEach(o -> checkObservation(o, problems));
        findings.values().forEach(f -> {
            if (f.item().title() == null || !f.item().title().complete()) {
                problems.add(at(f, f.item().id(), "finding " + f.item().id() + " needs a title in zh and en"));
            }
        });
        Set<String> usedObservations = new HashSet<>();
        Set<String> supported = new HashSet<>();
        checkRules(usedObservations, supported, problems);
        questions.values().forEach(q -> checkQuestion(q, usedObservations, problems));
        new QuestionChecks(questions).check(problems);
        patterns.values().forEach(p -> checkPattern(p, usedObservations, problems));
        for (Located<Cause> c : causes.values()) {
            if (!supported.contains(c.item().id())) {
                problems.add(at(c, c.item().id(), "cause " + c.item().id()
                        + " has no rule that gives evidence for it (Evidence.of with a ratio above 1 naming it)"));
            }
        }
    }

    private void checkSettings(List<Problem> problems) {
        if (settings.version() == null || settings.version().isBlank()) {
            problems.add(new Problem(settingsFile, 1, "version is missing"));
        }
        if (!(settings.stopThreshold() > 0 && settings.stopThreshold() < 1)) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "stopThreshold"), "stopThreshold must lie between 0 and 1"));
        }
        if (!(settings.temperature() > 0)) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "temperature"), "temperature must be above 0"));
        }
        if (settings.knownShare() != null && !settings.knownShare().stream().allMatch(s -> s != null && s > 0 && s <= 1)) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "knownShare"),
                    "knownShare must list shares above 0 and at most 1, one per question cost"));
        }
        if (settings.worthAsking() != null && !(settings.worthAsking() >= 0)) {
            problems.add(new Problem(settingsFile, YamlFiles.lineOf(settingsFile, "worthAsking"), "worthAsking must not be negative"));
        }
    }

    private void checkCause(Located<Cause> located, List<Problem> problems) {
        Cause c = located.item();
        String id = c.id();
        if (!FAMILIES.contains(c.family())) {
            problems.add(at(located, id, "cause " + id + ": family must be one of " + FAMILIES));
        }
        if (!"article".equals(c.source()) && !"field".equals(c.source())) {
            problems.add(at(located, id, "cause " + id + ": source must be article or field"));
        }
        if (!(c.prior() > 0 && c.prior() < 1)) {
            problems.add(at(located, id, "cause " + id + ": prior must lie between 0 and 1"));
        }
        if (c.title() == null || !c.title().complete() || c.description() == null || !c.description().complete()) {
            problems.add(at(located, id, "cause " + id + " needs a title and a description in zh and en"));
        }
        if (c.solutions().isEmpty()) {
            problems.add(at(located, id, "cause " + id + " has no solution steps"));
        }
        for (SolutionStep step : c.solutions()) {
            if (step.id() == null || step.who() == null || step.risk() == null || step.kind() == null
                    || step.text() == null || !step.text().complete() || step.minutes() <= 0) {
                problems.add(at(located, step.id() == null ? id : step.id(), "solution step " + step.id() + " of " + id
                        + " needs id, who, minutes (> 0), risk, kind and a text in zh and en"));
            }
            checkStepKnowledge(located, id, step, problems);
        }
    }

    /** A step's share and premise, and that a customer step does not name someone else's work. */
    private void checkStepKnowledge(Located<Cause> located, String cause, SolutionStep step, List<Problem> problems) {
        if (step.share() != null && !(step.share() > 0 && step.share() <= 1)) {
            problems.add(at(located, step.id(), "solution step " + step.id() + ": share must lie in (0, 1]"));
        }
        step.notIf().forEach((obs, values) -> {
            ObservationDef def = observations.containsKey(obs) ? observations.get(obs).item() : null;
            if (def == null) {
                problems.add(at(located, step.id(), "solution step " + step.id() + ": notIf names unknown observation " + obs));
                return;
            }
            for (String v : values.split("\\|")) {
                if (!def.accepts(v)) {
                    problems.add(at(located, step.id(), "solution step " + step.id() + ": notIf " + obs + " = '" + v
                            + "', which it does not take; expected " + def.expected()));
                }
            }
        });
        if (step.who() == Actor.customer && step.text() != null) {
            for (String word : settings.otherActorWords()) {
                for (Lang lang : Lang.values()) {
                    String text = step.text().in(lang);
                    if (text != null && text.contains(word)) {
                        problems.add(at(located, step.id(), "solution step " + step.id() + " is for the customer but its "
                                + lang + " text names '" + word + "': give it to netadmin, provider, helpdesk or admin"));
                    }
                }
            }
        }
    }

    private void checkObservation(Located<ObservationDef> located, List<Problem> problems) {
        ObservationDef o = located.item();
        if (o.type() == null) {
            problems.add(at(located, o.id(), "observation " + o.id() + " needs a type (choice or number)"));
        } else if (o.type() == ObservationDef.Type.choice && o.values().size() < 2) {
            problems.add(at(located, o.id(), "observation " + o.id() + " is a choice and needs at least two values"));
        }
        if (o.normal() != null && !o.accepts(o.normal())) {
            problems.add(at(located, o.id(), "observation " + o.id() + ": normal value '" + o.normal()
                    + "' is not one of its values " + o.expected()));
        }
        if (o.values().contains("unknown")) {
            problems.add(at(located, o.id(), "observation " + o.id() + ": 'unknown' is always allowed; do not list it"));
        }
        if (o.title() == null || !o.title().complete()) {
            problems.add(at(located, o.id(), "observation " + o.id() + " needs a title in zh and en"));
        }
    }

    private void checkQuestion(Located<Question> located, Set<String> usedObservations, List<Problem> problems) {
        Question q = located.item();
        Located<ObservationDef> obs = observations.get(q.observation());
        if (obs == null) {
            problems.add(at(located, q.id(), "question " + q.id() + " sets unknown observation " + q.observation()));
            return;
        }
        // the person's own words reach the rules as the facts they state, never as themselves
        if (!usedObservations.contains(q.observation()) && obs.item().type() != ObservationDef.Type.text) {
            problems.add(at(located, q.id(), "question " + q.id() + " sets " + q.observation() + ", which no rule uses"));
        }
        if (q.audience() == null || q.text() == null || !q.text().complete() || q.cost() < 1) {
            problems.add(at(located, q.id(), "question " + q.id() + " needs an audience, a cost (>= 1) and a text in zh and en"));
        }
        for (Question.Option option : q.options()) {
            if (!obs.item().accepts(option.value())) {
                problems.add(at(located, q.id(), "question " + q.id() + ": option '" + option.value()
                        + "' does not fit " + q.observation() + "; expected " + obs.item().expected()));
            }
            if (option.label() == null || !option.label().complete()) {
                problems.add(at(located, q.id(), "question " + q.id() + ": option '" + option.value() + "' needs a label in zh and en"));
            }
        }
        if (obs.item().type() == ObservationDef.Type.choice && q.options().isEmpty()) {
            problems.add(at(located, q.id(), "question " + q.id() + " needs options"));
        }
        if (obs.item().type() == ObservationDef.Type.text && !q.options().isEmpty()) {
            problems.add(at(located, q.id(), "question " + q.id() + " asks for the person's own words and takes no options"));
        }
    }

    private void checkPattern(Located<ErrorPattern> located, Set<String> usedObservations, List<Problem> problems) {
        ErrorPattern p = located.item();
        try {
            p.compiled();
        } catch (java.util.regex.PatternSyntaxException e) {
            problems.add(at(located, p.id(), "error pattern " + p.id() + ": the regex does not compile: " + e.getDescription()));
        }
        if (p.sets().isEmpty()) {
            problems.add(at(located, p.id(), "error pattern " + p.id() + " sets no observation"));
        }
        if (p.origin() == null || p.origin().isBlank()) {
            problems.add(at(located, p.id(), "error pattern " + p.id() + " needs an origin: which software prints it"));
        }
        for (String obs : ObservationSets.check(located, p.id(), "error pattern " + p.id(), p.sets(), observations, problems)) {
            if (!usedObservations.contains(obs)) {
                problems.add(at(located, p.id(), "error pattern " + p.id() + " sets " + obs + ", which no rule uses"));
            }
        }
    }

    private void checkRules(Set<String> usedObservations, Set<String> supported, List<Problem> problems) {
        Set<String> names = new HashSet<>();
        Set<String> made = new HashSet<>();
        for (RuleShape rule : rules.sources()) {
            if (!names.add(rule.name())) {
                problems.add(new Problem(rule.file(), rule.line(), "duplicate rule name \"" + rule.name() + "\""));
            }
            if (rules.chineseName(rule.name()).equals(rule.name())) {
                problems.add(new Problem(rule.file(), rule.line(), "rule \"" + rule.name() + "\" needs its Chinese wording as @zh(\"…\")"));
            }
            for (FactPattern pattern : rule.conditions()) {
                if (pattern.type().equals("Observation")) {
                    checkObservationPattern(rule, pattern, usedObservations, problems);
                } else if (pattern.type().equals("Finding")) {
                    pattern.ids().forEach(id -> requireFinding(rule, id, pattern.lineOf(id), problems));
                }
            }
            for (Conclusion c : rule.conclusions()) {
                if (c.kind() == Conclusion.Kind.FINDING) {
                    requireFinding(rule, c.target(), c.line(), problems);
                    made.add(c.target());
                } else {
                    checkEvidence(rule, c, supported, problems);
                }
            }
        }
        for (Located<FindingDef> f : findings.values()) {
            if (!made.contains(f.item().id())) {
                problems.add(at(f, f.item().id(), "finding " + f.item().id() + " is never derived by a rule"));
            }
        }
    }

    /**
     * Every id a pattern names is declared, its numbers are compared only on number observations, and every value
     * it compares is a value of one of its ids (under id in (…), the value applies to whichever id matched).
     */
    private void checkObservationPattern(RuleShape rule, FactPattern pattern, Set<String> used, List<Problem> problems) {
        List<ObservationDef> choices = new java.util.ArrayList<>();
        for (String obsId : pattern.ids()) {
            Located<ObservationDef> def = observations.get(obsId);
            if (def == null) {
                problems.add(new Problem(rule.file(), pattern.lineOf(obsId), "rule \"" + rule.name() + "\" uses unknown observation " + obsId));
                continue;
            }
            used.add(obsId);
            ObservationDef o = def.item();
            if (o.type() == ObservationDef.Type.choice) {
                choices.add(o);
            }
            if (!pattern.on("number").isEmpty() && o.type() != ObservationDef.Type.number) {
                problems.add(new Problem(rule.file(), pattern.on("number").get(0).line(), "rule \"" + rule.name()
                        + "\" compares the number of " + obsId + ", which is not a number observation"));
            }
        }
        if (choices.isEmpty()) {
            return;
        }
        for (FactPattern.Comparison value : pattern.on("value")) {
            if (choices.stream().noneMatch(o -> o.accepts(value.text()))) {
                String ids = String.join(", ", choices.stream().map(ObservationDef::id).toList());
                String expected = choices.size() == 1 ? choices.get(0).expected().toString()
                        : String.join("; ", choices.stream().map(o -> o.id() + ": " + o.expected()).toList());
                problems.add(new Problem(rule.file(), value.line(), "rule \"" + rule.name() + "\": '" + value.text()
                        + "' is not a value of " + ids + "; expected " + expected));
            }
        }
    }

    private void checkEvidence(RuleShape rule, Conclusion evidence, Set<String> supported, List<Problem> problems) {
        double ratio = evidence.ratio();
        if (!Double.isNaN(ratio) && (!(ratio > 0) || ratio == 1.0)) {
            problems.add(new Problem(rule.file(), evidence.line(), "rule \"" + rule.name()
                    + "\": the likelihood ratio must be above 0 and not 1, was " + ratio));
        }
        if (evidence.variable()) {
            return; // a cause bound in the conditions (a repair's, a resemblance's): known only when the rule fires
        }
        String target = evidence.target();
        boolean prefix = target.endsWith(".*");
        String stem = prefix ? target.substring(0, target.length() - 1) : target;
        List<String> matched = causes.keySet().stream().filter(id -> prefix ? id.startsWith(stem) : id.equals(stem)).toList();
        if (matched.isEmpty()) {
            problems.add(new Problem(rule.file(), evidence.line(), "rule \"" + rule.name() + "\" names unknown cause " + target));
        } else if (!prefix && ratio > 1) {
            supported.addAll(matched);
        }
    }

    private void requireFinding(RuleShape rule, String id, int line, List<Problem> problems) {
        if (!findings.containsKey(id)) {
            problems.add(new Problem(rule.file(), line, "rule \"" + rule.name() + "\" uses unknown finding " + id));
        }
    }

    private static <T> Problem at(Located<T> located, String text, String message) {
        return new Problem(located.file(), YamlFiles.lineOf(located.file(), text), message);
    }
}
