package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    }
}
