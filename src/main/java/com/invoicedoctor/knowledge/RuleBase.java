package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private RuleBase(KieBase kieBase, List<RuleShape> sources) {
        this.kieBase = kieBase;
        this.sources = List.copyOf(sources);
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

    /** Compiles every *.drl file in the folder; problems are added to the list, null returned on any. */
    static RuleBase compile(Path dir, List<Problem> problems) {
        List<Path> files = drlFiles(dir, problems);
        if (files.isEmpty()) {
            problems.add(new Problem(dir, 0, "no .drl rule files found"));
            return null;
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        // a fresh release id per compile, so that a reload never collides with the running rules
        ReleaseId releaseId = services.newReleaseId("com.invoicedoctor", "rules", "1.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> byName = new HashMap<>();
        List<RuleShape> sources = new ArrayList<>();
        int before = problems.size();
        List<Problem> unreadable = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            String name = "src/main/resources/invoicedoctor/rules/" + file.getFileName();
            byName.put(name, file);
            kfs.write(name, text.getBytes(StandardCharsets.UTF_8));
            sources.addAll(parse(file, text, problems, unreadable));
        }
        if (problems.size() > before) {
            return null;
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new Problem(locate(m.getPath(), byName, dir), m.getLine(), oneLine(m.getText())));
        }
        problems.addAll(unreadable);
        if (problems.size() > before) {
            return null;
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return new RuleBase(kieBase, sources);
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
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(RuleReader.read(file, rule, unreadable));
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
