package com.invoicedoctor.knowledge;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged rules compiled at build time into Drools' executable model and stored in the jar with the content hash
 * of the rule files they came from. Compiling 480 rules from DRL takes 7–14 s; loading the stored module about 2 s.
 * The index of the rules ({@link RuleShape}) is stored beside it. Rules read at start or on reload are hashed; only when
 * their hash is the stored one are the stored module and index used in place of parsing and compiling them again, so
 * edited rules are always parsed and compiled from their text. Either way the knowledge base is validated against them.
 */
public final class PrebuiltRules {
    static final String MODULE = "/prebuilt/rules.kjar";
    static final String HASH = "/prebuilt/rules.sha256";
    static final String INDEX = "/prebuilt/rules-index.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltRules.class);

    private PrebuiltRules() {
    }

    /** The compiled rules and their index, as stored. */
    record Prebuilt(KieBase kieBase, List<RuleShape> index) {
    }

    /** A rule of the stored index: its file by name, so that it can be placed in whichever folder the rules are read from. */
    record StoredShape(String file, int line, String name, List<FactPattern> conditions, List<Conclusion> conclusions) {
        static StoredShape of(RuleShape r) {
            return new StoredShape(r.file().getFileName().toString(), r.line(), r.name(), r.conditions(), r.conclusions());
        }

        RuleShape in(Path dir) {
            return new RuleShape(dir.resolve(file), line, name, conditions, conclusions);
        }
    }

    /**
     * The stored rules and their index when they were built from rule files with this hash, read from {@code dir};
     * else null (read and compile them instead).
     */
    static Prebuilt matching(String hash, Path dir) {
        String stored = resource(HASH);
        if (stored == null || !stored.strip().equals(hash)) {
            return null;
        }
        try (InputStream module = PrebuiltRules.class.getResourceAsStream(MODULE);
             InputStream index = PrebuiltRules.class.getResourceAsStream(INDEX)) {
            if (module == null || index == null) {
                return null;
            }
            List<RuleShape> rules = JSON.readValue(index, new TypeReference<List<StoredShape>>() { }).stream()
                    .map(s -> s.in(dir)).toList();
            KieServices services = KieServices.Factory.get();
            KieModule loaded = services.getRepository().addKieModule(services.getResources().newByteArrayResource(module.readAllBytes()));
            KieBase kieBase = services.newKieContainer(loaded.getReleaseId()).getKieBase();
            services.getRepository().removeKieModule(loaded.getReleaseId());
            return new Prebuilt(kieBase, rules);
        } catch (IOException | RuntimeException e) {
            LOG.warn("the pre-built rules cannot be loaded ({}); compiling them instead", e.toString());
            return null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = PrebuiltRules.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * At build time: compiles the rules folder {@code args[0]} into {@code args[1]}/rules.kjar with its hash beside it.
     * Does nothing when the hash there is already the rules'; fails the build when the rules do not compile.
     */
    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<Path, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(rulesDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                texts.put(f, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String hash = RuleBase.contentHash(texts);
        Path hashFile = out.resolve("rules.sha256");
        Path moduleFile = out.resolve("rules.kjar");
        // current when built from these rules by the classes compiled now (the index depends on the reading code)
        if (Files.exists(moduleFile) && Files.exists(out.resolve("rules-index.json")) && Files.exists(hashFile)
                && Files.readString(hashFile).strip().equals(hash)
                && newestClass(out.getParent()) < Files.getLastModifiedTime(moduleFile).toMillis()) {
            System.out.println("pre-built rules are current (" + hash.substring(0, 12) + ")");
            return;
        }
        long started = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<RuleShape> index = RuleBase.index(texts, problems);
        byte[][] bytes = new byte[1][];
        if (index != null) {
            RuleBase.build(rulesDir, texts, module -> bytes[0] = ((InternalKieModule) module).getBytes(), problems);
        }
        if (!problems.isEmpty() || bytes[0] == null) {
            problems.forEach(p -> System.err.println(p));
            throw new IllegalStateException("the rules in " + rulesDir + " do not compile or cannot be read; nothing pre-built");
        }
        Files.createDirectories(out);
        Files.write(moduleFile, bytes[0]);
        JSON.writeValue(out.resolve("rules-index.json").toFile(), index.stream().map(StoredShape::of).toList());
        Files.writeString(hashFile, hash + "\n");
        System.out.printf("pre-built %d rule files into %s in %d ms (%s)%n", texts.size(), moduleFile,
                (System.nanoTime() - started) / 1_000_000, hash.substring(0, 12));
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
