package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the knowledge is read from: the folders given on the command line, else ./rules and
 * ./knowledge-base when both exist, else the copy inside the jar.
 */
public record KnowledgeSource(Path kbDir, Path rulesDir) {

    /** Resolves the folders; either argument may be null. */
    public static KnowledgeSource resolve(Path kbDir, Path rulesDir) {
        Path cwdKb = Path.of("knowledge-base");
        Path cwdRules = Path.of("rules");
        boolean cwdHasBoth = Files.isDirectory(cwdKb) && Files.isDirectory(cwdRules);
        Path kb = kbDir != null ? kbDir : cwdHasBoth ? cwdKb : embedded("knowledge-base");
        Path rules = rulesDir != null ? rulesDir : cwdHasBoth ? cwdRules : embedded("rules");
        return new KnowledgeSource(kb, rules);
    }

    /** Loads and validates the knowledge from here. */
    public KnowledgeBase load() {
        return KnowledgeLoader.load(kbDir, rulesDir);
    }

    private static Path embedded(String name) {
        URL url = KnowledgeSource.class.getResource("/defaults/" + name);
        if (url == null) {
            return Path.of(name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/defaults/" + name);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the knowledge inside the jar: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kbDir + " and " + rulesDir;
    }
}
