package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the knowledge the jar carries (classes/defaults/: rules and knowledge-base) into classes/defaults.zip at build
 * time, from which {@link KnowledgeSource} reads the jar's knowledge: a zip of a few hundred entries opens at once,
 * where opening the jar itself as a file system indexes its 27,000.
 */
public final class KnowledgePack {
    /** The packed copy, as a class-path resource. */
    static final String RESOURCE = "/defaults.zip";

    private KnowledgePack() {
    }

    /** Usage: KnowledgePack CLASSES_DIR. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path defaults = classes.resolve("defaults");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(defaults)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(defaults + " holds no knowledge to pack");
        }
        try (OutputStream out = Files.newOutputStream(classes.resolve(RESOURCE.substring(1)));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                // the same paths as in the jar (defaults/rules/…, defaults/knowledge-base/…), so problems read the same
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        System.out.println("packed " + files.size() + " knowledge files into " + classes.resolve(RESOURCE.substring(1)));
        // a start takes the packed knowledge as the files the build pre-built, by their stored hashes, without
        // hashing them again (KnowledgeSource.isJars): they must be those very files
        sameAsPrebuilt(PrebuiltKnowledge.contentHash(defaults.resolve("knowledge-base")), classes.resolve(
                PrebuiltKnowledge.HASH.substring(1)), "knowledge base");
        Map<Path, String> rules = RuleBase.texts(defaults.resolve("rules"), new ArrayList<>());
        sameAsPrebuilt(rules == null ? "(no rules)" : RuleBase.contentHash(rules),
                classes.resolve(PrebuiltRules.HASH.substring(1)), "rules");
    }

    private static void sameAsPrebuilt(String packed, Path storedHash, String what) throws IOException {
        if (Files.exists(storedHash) && !Files.readString(storedHash, StandardCharsets.UTF_8).strip().equals(packed)) {
            throw new IllegalStateException("the packed " + what + " is not what was pre-built (hash " + packed
                    + ", stored " + storedHash + "): build again from a clean target");
        }
    }
}
