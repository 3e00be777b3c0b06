package com.invoicedoctor;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Knowledge bases for tests: the small hand-checked fixture and the product's own. */
public final class Fixture {
    public static final Path FIXTURE_KB = Path.of("src/test/resources/fixture/knowledge-base");
    public static final Path FIXTURE_RULES = Path.of("src/test/resources/fixture/rules");
    private static KnowledgeBase fixture;
    private static KnowledgeBase product;

    private Fixture() {
    }

    /** The small fixture knowledge base (loaded once). */
    public static synchronized KnowledgeBase fixture() {
        if (fixture == null) {
            fixture = KnowledgeLoader.load(FIXTURE_KB, FIXTURE_RULES);
        }
        return fixture;
    }

    /** The product's knowledge base from rules/ and knowledge-base/ (loaded once). */
    public static synchronized KnowledgeBase product() {
        if (product == null) {
            product = KnowledgeLoader.load(Path.of("knowledge-base"), Path.of("rules"));
        }
        return product;
    }

    /** Copies the fixture into {@code dir} (knowledge-base/ and rules/) and adds one rule file with these rules. */
    public static KnowledgeBase fixtureWith(Path dir, String rules) {
        Path kb = dir.resolve("knowledge-base");
        Path ruleDir = dir.resolve("rules");
        copy(FIXTURE_KB, kb);
        copy(FIXTURE_RULES, ruleDir);
        try {
            Files.writeString(ruleDir.resolve("extra.drl"), """
                    package invoicedoctor.rules;

                    import com.invoicedoctor.engine.Observation;
                    import com.invoicedoctor.engine.Finding;
                    import com.invoicedoctor.engine.Evidence;

                    """ + rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return KnowledgeLoader.load(kb, ruleDir);
    }

    /** Copies a folder tree; returns where it went. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
