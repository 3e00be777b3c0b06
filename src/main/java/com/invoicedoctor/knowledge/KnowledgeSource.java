package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Where the knowledge is read from: the folders given on the command line, else ./rules and
 * ./knowledge-base when both exist, else the copy inside the jar.
 */
public record KnowledgeSource(Path kbDir, Path rulesDir) {
    /** The jar's knowledge, once opened (see {@link #packedCopy}). */
    private static FileSystem packed;

    /** Resolves the folders; either argument may be null. */
    public static KnowledgeSource resolve(Path kbDir, Path rulesDir) {
        Path cwdKb = Path.of("knowledge-base");
        Path cwdRules = Path.of("rules");
        boolean cwdHasBoth = Files.isDirectory(cwdKb) && Files.isDirectory(cwdRules);
        Path kb = kbDir != null ? kbDir : cwdHasBoth ? cwdKb : embedded("knowledge-base");
        Path rules = rulesDir != null ? rulesDir : cwdHasBoth ? cwdRules : embedded("rules");
        return new KnowledgeSource(kb, rules);
    }

    /** Loads and validates the knowledge from here (the jar's, unchanged, as the build validated and stored it). */
    public KnowledgeBase load() {
        return KnowledgeLoader.load(kbDir, rulesDir);
    }

    /** Reads and validates every file from here, whether or not the build stored the same knowledge validated. */
    public KnowledgeBase readFiles() {
        return KnowledgeLoader.read(kbDir, rulesDir).knowledgeBase();
    }

    /**
     * Whether a path is inside the jar's own packed knowledge: those are the files the build validated, pre-built and
     * hashed, so their hash is the one it stored (hashing them again took a tenth of a second of a start).
     */
    static synchronized boolean isJars(Path path) {
        return packed != null && path.getFileSystem() == packed;
    }

    private static Path embedded(String name) {
        URL url = KnowledgeSource.class.getResource("/defaults/" + name);
        if (url == null) {
            return Path.of(name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem packed = packedCopy();
                if (packed != null) {
                    return packed.getPath("/defaults/" + name);
                }
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

    /**
     * The jar's knowledge as a file system of its own: the build packs defaults/ into defaults.zip, copied here into a
     * temporary file. Opening the 50 MB jar itself as a file system indexes all its 27,000 entries first, a tenth of
     * a second or more of every start; this small zip holds only the knowledge. Null when the jar has no such copy
     * or it cannot be written (then the jar is opened).
     */
    private static synchronized FileSystem packedCopy() {
        if (packed == null) {
            try (InputStream in = KnowledgeSource.class.getResourceAsStream(KnowledgePack.RESOURCE)) {
                if (in == null) {
                    return null;
                }
                Path copy = Files.createTempFile("invoice-doctor-knowledge", ".zip");
                copy.toFile().deleteOnExit();
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                packed = FileSystems.newFileSystem(copy, Map.of());
                try {
                    // the file system keeps the file open: where the system allows, nothing is left behind even on a kill
                    Files.delete(copy);
                } catch (IOException stillOpen) {
                    // deleted on exit instead
                }
            } catch (IOException e) {
                return null;
            }
        }
        return packed;
    }

    @Override
    public String toString() {
        return kbDir + " and " + rulesDir;
    }
}
