package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged rules compiled at build time into Drools' executable model, whose classes go into the jar beside the
 * application's own (package {@value RuleBase#PACKAGE}), with the name of the model class and the content hash of the
 * rule files they came from. Compiling 550 rules from DRL takes 7–14 s; building the knowledge base from the model
 * classes about half a second, since they are loaded like any other class (and can be in a class-data archive). The
 * index of the rules ({@link RuleShape}) is stored beside it. Rules read at start or on reload are hashed; only when
 * their hash is the stored one are the stored model and index used in place of parsing and compiling them again, so
 * edited rules are always parsed and compiled from their text. Either way the knowledge base is validated against them.
 */
public final class PrebuiltRules {
    /** The name of the executable model's class (an {@link Model}), generated with the others into the class path. */
    static final String MODEL = "/prebuilt/rules.model";
    static final String HASH = "/prebuilt/rules.sha256";
    static final String INDEX = "/prebuilt/rules-index.ser";
    /** Where a compiled module lists its model classes: META-INF/kie/GROUP/ARTIFACT/drools-model. */
    private static final String MODEL_LIST = "META-INF/kie/";
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltRules.class);

    private PrebuiltRules() {
    }

    /** The compiled rules and their index, as stored. */
    record Prebuilt(KieBase kieBase, List<RuleShape> index) {
    }

    /** A rule of the stored index: its file by name, so that it can be placed in whichever folder the rules are read from. */
    record StoredShape(String file, int line, String name, List<FactPattern> conditions, List<Conclusion> conclusions)
            implements Serializable {
        static StoredShape of(RuleShape r) {
            return new StoredShape(r.file().getFileName().toString(), r.line(), r.name(), r.conditions(), r.conclusions());
        }

        RuleShape in(Path dir) {
            return new RuleShape(dir.resolve(file), line, name, conditions, conclusions);
        }
    }

    /** The index as stored. */
    record StoredIndex(List<StoredShape> rules) implements Serializable {
    }

    /**
     * The stored rules and their index when they were built from rule files with this hash, read from {@code dir};
     * else null (read and compile them instead).
     */
    static Prebuilt matching(String hash, Path dir) {
        if (!hash.equals(builtHash())) {
            return null;
        }
        String modelClass = resource(MODEL);
        try (InputStream index = PrebuiltRules.class.getResourceAsStream(INDEX)) {
            if (modelClass == null || index == null) {
                return null;
            }
            List<RuleShape> rules = SerialForm.read(index, StoredIndex.class).rules().stream().map(s -> s.in(dir)).toList();
            Model model = (Model) Class.forName(modelClass.strip()).getDeclaredConstructor().newInstance();
            // the defaults are those of the module the rules were compiled in (one stateful session kind, no events)
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(model);
            return new Prebuilt(kieBase, rules);
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("the pre-built rules cannot be loaded ({}); compiling them instead", e.toString());
            return null;
        }
    }

    /** The hash of the rule files the jar's rules were pre-built from; null when none were. */
    static String builtHash() {
        String stored = resource(HASH);
        return stored == null ? null : stored.strip();
    }

    private static String resource(String name) {
        try (InputStream in = PrebuiltRules.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * At build time: compiles the rules folder {@code args[0]} into the executable model, whose classes are written
     * into the classes folder above {@code args[1]}, and the model's name, the index and the hash into {@code args[1]}.
     * Does nothing when the hash there is already the rules'; fails the build when the rules do not compile.
     */
    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path classes = out.getParent();
        Map<Path, String> texts = RuleBase.texts(rulesDir, new ArrayList<>());
        if (texts == null) {
            throw new IllegalStateException("the rules in " + rulesDir + " cannot be read; nothing pre-built");
        }
        String hash = RuleBase.contentHash(texts);
        Path hashFile = out.resolve("rules.sha256");
        Path modelFile = out.resolve("rules.model");
        // current when built from these rules by the classes compiled now (the index depends on the reading code)
        Path indexFile = out.resolve(INDEX.substring(INDEX.lastIndexOf('/') + 1));
        if (Files.exists(modelFile) && Files.exists(indexFile) && Files.exists(hashFile)
                && Files.readString(hashFile).strip().equals(hash)
                && Files.exists(classes.resolve(Files.readString(modelFile).strip().replace('.', '/') + ".class"))
                && newestClass(classes) < Files.getLastModifiedTime(modelFile).toMillis()) {
            System.out.println("pre-built rules are current (" + hash.substring(0, 12) + ")");
            return;
        }
        long started = System.nanoTime();
        // the classes of earlier rules go first: a class left behind would be found before its new namesake
        Path generated = classes.resolve(RuleBase.PACKAGE.replace('.', '/'));
        deleteClasses(generated);
        Files.deleteIfExists(modelFile);
        List<Problem> problems = new ArrayList<>();
        List<RuleShape> index = RuleBase.index(texts, problems);
        InternalKieModule[] built = new InternalKieModule[1];
        if (index != null) {
            RuleBase.build(rulesDir, texts, module -> built[0] = (InternalKieModule) module, problems);
        }
        if (!problems.isEmpty() || built[0] == null) {
            problems.forEach(p -> System.err.println(p));
            throw new IllegalStateException("the rules in " + rulesDir + " do not compile or cannot be read; nothing pre-built");
        }
        String modelClass = new String(built[0].getBytes(MODEL_LIST + built[0].getReleaseId().getGroupId() + "/"
                + built[0].getReleaseId().getArtifactId() + "/drools-model"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(RuleBase.PACKAGE + ".")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the compiled module names no model class"));
        int written = 0;
        for (String name : built[0].getFileNames()) {
            // the rules' own classes; the module's project class (named after a random release) is not needed
            if (name.startsWith(RuleBase.PACKAGE.replace('.', '/') + "/") && name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, built[0].getBytes(name));
                written++;
            }
        }
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("rules.kjar")); // earlier forms: the whole module in one stored jar,
        Files.deleteIfExists(out.resolve("rules-index.json")); // the index in JSON
        try (OutputStream to = Files.newOutputStream(indexFile)) {
            SerialForm.write(new StoredIndex(index.stream().map(StoredShape::of).toList()), to);
        }
        Files.writeString(hashFile, hash + "\n");
        Files.writeString(modelFile, modelClass + "\n");
        System.out.printf("pre-built %d rule files into %d classes under %s in %d ms (%s)%n", texts.size(), written,
                generated, (System.nanoTime() - started) / 1_000_000, hash.substring(0, 12));
    }

    private static void deleteClasses(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (f.toString().endsWith(".class")) {
                    Files.delete(f);
                } else if (Files.isDirectory(f)) {
                    try {
                        Files.delete(f);
                    } catch (java.nio.file.DirectoryNotEmptyException e) {
                        // holds something that is not a generated class: left as it is
                    }
                }
            }
        }
    }

    private static long newestClass(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes.resolve("com"))) {
            long newest = 0;
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            }
            return newest;
        }
    }
}
