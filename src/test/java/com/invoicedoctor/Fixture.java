package com.invoicedoctor;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import java.nio.file.Path;

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
}
