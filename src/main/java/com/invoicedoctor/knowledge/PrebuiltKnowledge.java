package com.invoicedoctor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jar's knowledge base read and validated at build time and stored in Java's serialized form ({@link SerialForm}), beside the
 * pre-built rules ({@link PrebuiltRules}): reading the YAML files and validating them takes a few tenths of a second
 * of every start, reading them back from this form about a third of that. The stored form is used only for a
 * knowledge-base folder with the content hash it was built from (every file, by name and bytes), and only with rules
 * of the hash it was validated against; edited knowledge or edited rules are always read and validated from their
 * files, at start and on reload.
 */
public final class PrebuiltKnowledge {
    static final String STORED = "/prebuilt/knowledge.ser";
    static final String HASH = "/prebuilt/knowledge.sha256";
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltKnowledge.class);

    private PrebuiltKnowledge() {
    }

    /** Validated knowledge as stored: read from a folder with {@code kbHash}, validated against rules with {@code rulesHash}. */
    record Stored(String kbHash, String rulesHash, KnowledgeLoader.Contents contents) implements Serializable {
    }

    /** The content hash of the knowledge-base folder the jar's knowledge was pre-built from; null when none was. */
    static String builtHash() {
        try (InputStream in = PrebuiltKnowledge.class.getResourceAsStream(HASH)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** The knowledge stored in the jar when it was built from a folder with this content hash; else null. */
    static Stored inJar(String kbHash) {
        if (!kbHash.equals(builtHash())) {
            return null;
        }
        try (InputStream in = PrebuiltKnowledge.class.getResourceAsStream(STORED)) {
            Stored read = in == null ? null : read(in);
            return read != null && read.kbHash().equals(kbHash) ? read : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("the pre-built knowledge cannot be read ({}); reading the knowledge base's files instead", e.toString());
            return null;
        }
    }

    static Stored read(InputStream in) throws IOException, ClassNotFoundException {
        return SerialForm.read(in, Stored.class);
    }

    static void write(Stored stored, OutputStream out) throws IOException {
        SerialForm.write(stored, out);
    }

    /**
     * SHA-256 over every file in the knowledge-base folder and below, by path (relative, with /) and bytes, in path
     * order: equal hashes, equal knowledge. Null when the folder cannot be read (then nothing stored matches).
     */
    static String contentHash(Path kbDir) {
        if (!Files.isDirectory(kbDir)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(kbDir)) {
            List<String> names = walk.filter(Files::isRegularFile).map(f -> relative(kbDir, f)).sorted().toList();
            ContentHash hash = new ContentHash();
            for (String name : names) {
                hash.add(name, Files.readAllBytes(kbDir.resolve(name)));
            }
            return hash.hex();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static String relative(Path dir, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : dir.relativize(file)) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    /**
     * At build time: reads and validates the knowledge base {@code args[0]} against the rules {@code args[1]} (the
     * jar's copies, after the rules were pre-built) and stores it in the folder {@code args[2]}; fails the build when
     * the knowledge does not validate or does not read back equal.
     */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path kbDir = Path.of(args[0]);
        Path rulesDir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        long started = System.nanoTime();
        String kbHash = contentHash(kbDir);
        if (kbHash == null) {
            throw new IllegalStateException(kbDir + " cannot be read; no knowledge pre-built");
        }
        KnowledgeLoader.Validated validated;
        try {
            validated = KnowledgeLoader.read(kbDir, rulesDir);
        } catch (KnowledgeException e) {
            e.problems().forEach(System.err::println);
            throw new IllegalStateException("the knowledge in " + kbDir + " does not validate; nothing pre-built");
        }
        Stored stored = new Stored(kbHash, validated.rules().hash(), validated.contents());
        Files.createDirectories(out);
        Path file = out.resolve(STORED.substring(STORED.lastIndexOf('/') + 1));
        try (OutputStream to = Files.newOutputStream(file)) {
            write(stored, to);
        }
        try (InputStream back = Files.newInputStream(file)) {
            if (!read(back).equals(stored)) {
                throw new IllegalStateException("the pre-built knowledge does not read back as it was written");
            }
        }
        Files.writeString(out.resolve(HASH.substring(HASH.lastIndexOf('/') + 1)), kbHash + "\n");
        System.out.printf("pre-built the knowledge base (%d causes, %d kB) in %d ms (%s)%n",
                stored.contents().causes().size(), Files.size(file) / 1024, (System.nanoTime() - started) / 1_000_000,
                kbHash.substring(0, 12));
    }
}
