package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/** The compiled DRL rules and their source texts. */
public final class RuleBase {
    /** The package every rule file declares. */
    public static final String PACKAGE = "invoicedoctor.rules";

    private final KieBase kieBase;
    private final List<RuleShape> sources;
    private final String hash;

    private RuleBase(KieBase kieBase, List<RuleShape> sources, String hash) {
        this.kieBase = kieBase;
        this.sources = List.copyOf(sources);
        this.hash = hash;
    }

    /** The content hash of the rule files these rules were read from ({@link #contentHash}). */
    String hash() {
        return hash;
    }

    /** The compiled rules, from which reasoning sessions are made. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule as read from its parsed form: what it matches and concludes, with file and line. */
    public List<RuleShape> sources() {
        return sources;
    }

    /** The Chinese wording of a rule (its @zh metadata), or its name when missing. */
    public String chineseName(String ruleName) {
        Rule rule = kieBase.getRule(PACKAGE, ruleName);
        Object zh = rule == null ? null : rule.getMetaData().get("zh");
        return zh == null ? ruleName : zh.toString();
    }

    /**
     * Reads and compiles every *.drl file in the folder; problems are added to the list, null returned on any. Rules
     * identical to the ones pre-built into the jar (same content hash) are taken from there instead of compiled.
     */
    static RuleBase compile(Path dir, List<Problem> problems) {
        String built = KnowledgeSource.isJars(dir) ? PrebuiltRules.builtHash() : null;
        if (built != null) {
            PrebuiltRules.Prebuilt prebuilt = PrebuiltRules.matching(built, dir);
            if (prebuilt != null) {
                return new RuleBase(prebuilt.kieBase(), prebuilt.index(), built);
            }
        }
        Map<Path, String> texts = texts(dir, problems);
        if (texts == null) {
            return null;
        }
        String hash = contentHash(texts);
        PrebuiltRules.Prebuilt prebuilt = PrebuiltRules.matching(hash, dir);
        if (prebuilt != null) {
            return new RuleBase(prebuilt.kieBase(), prebuilt.index(), hash);
        }
        List<RuleShape> sources = index(texts, problems);
        if (sources == null) {
            return null;
        }
        KieBase kieBase = build(dir, texts, null, problems);
        return kieBase == null ? null : new RuleBase(kieBase, sources, hash);
    }

    /**
     * The text of every *.drl file in the folder, by file, in name order (what {@link #contentHash} hashes); null, with
     * the problems added, when there is none or one cannot be read.
     */
    static Map<Path, String> texts(Path dir, List<Problem> problems) {
        List<Path> files = drlFiles(dir, problems);
        if (files.isEmpty()) {
            problems.add(new Problem(dir, 0, "no .drl rule files found"));
            return null;
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
            }
        }
        return texts.size() < files.size() ? null : texts;
    }

    /** Parses the rule texts into the index of rules; null, with the problems added, when any cannot be read. */
    static List<RuleShape> index(Map<Path, String> texts, List<Problem> problems) {
        int before = problems.size();
        List<RuleShape> sources = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        texts.forEach((file, text) -> sources.addAll(parse(file, text, problems, unreadable)));
        problems.addAll(unreadable);
        return problems.size() > before ? null : sources;
    }

    /**
     * Compiles the rule texts (file to DRL) into a knowledge base; with {@code project} (Drools' executable model)
     * into a knowledge module whose bytes can be stored. Compile errors are added to the problems, null returned.
     */
    static KieBase build(Path dir, Map<Path, String> texts, ModelSink project, List<Problem> problems) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        // a fresh release id per compile, so that a reload never collides with the running rules
        ReleaseId releaseId = services.newReleaseId("com.invoicedoctor", "rules", "1.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> byName = new HashMap<>();
        texts.forEach((file, text) -> {
            String name = "src/main/resources/invoicedoctor/rules/" + file.getFileName();
            byName.put(name, file);
            kfs.write(name, text.getBytes(StandardCharsets.UTF_8));
        });
        KieBuilder builder = services.newKieBuilder(kfs);
        if (project == null) {
            builder.buildAll();
        } else {
            builder.buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        }
        int before = problems.size();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new Problem(locate(m.getPath(), byName, dir), m.getLine(), oneLine(m.getText())));
        }
        if (problems.size() > before) {
            return null;
        }
        if (project != null) {
            project.accept(builder.getKieModule());
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** Receives a compiled knowledge module. */
    @FunctionalInterface
    interface ModelSink {
        void accept(org.kie.api.builder.KieModule module);
    }

    /** SHA-256 over the rule files' names and texts, in name order: equal hashes, equal rules. */
    static String contentHash(Map<Path, String> texts) {
        ContentHash hash = new ContentHash();
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(p -> p.getFileName().toString())))
                .forEach(e -> hash.add(e.getKey().getFileName().toString(), e.getValue().getBytes(StandardCharsets.UTF_8)));
        return hash.hex();
    }

    private static List<Path> drlFiles(Path dir, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "rules folder not found"));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static List<RuleShape> parse(Path file, String text, List<Problem> problems, List<Problem> unreadable) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(text));
        } catch (DroolsParserException e) {
            problems.add(new Problem(file, 0, oneLine(e.getMessage())));
            return List.of();
        }
        if (parser.hasErrors()) {
            parser.getErrors().forEach(err -> problems.add(new Problem(file, firstLine(err.getLines()), oneLine(err.getMessage()))));
            return List.of();
        }
        if (pkg == null) {
            return List.of();
        }
        if (!PACKAGE.equals(pkg.getName())) {
            problems.add(new Problem(file, 1, "the package must be " + PACKAGE + ", not '" + pkg.getName() + "'"));
        }
        List<RuleShape> rules = new ArrayList<>();
        com.github.javaparser.JavaParser java = RuleReader.consequenceParser();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(RuleReader.read(java, file, rule, unreadable));
        }
        return rules;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static Path locate(String path, Map<String, Path> byName, Path dir) {
        if (path == null) {
            return dir;
        }
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            if (path.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return dir.resolve(path);
    }

    private static String oneLine(String message) {
        return RuleReader.oneLine(message);
    }
}
