package com.invoicedoctor.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.invoicedoctor.knowledge.YamlFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The corpus of real error messages under evaluation/error-texts/. The development part, which knowledge is learnt
 * from, is every area's dev.yaml and test.yaml (split by source by split.py; the areas' test parts were read and their
 * misses published on 2026-12-06, so they are spent and became development material). The test part is the newest
 * held-out collection (the held-out-N folder with the highest N, every collected*.yaml in it), collected from sources
 * that are in no other folder: it is only ever read to be counted. An older held-out folder was read and its misses
 * published when the next one was collected, so it is spent and joins the development part.
 */
public final class ErrorCorpus {
    /** The part knowledge may be learnt from. */
    public static final String DEVELOPMENT = "dev";
    /** The part that is only counted. */
    public static final String TEST = "test";
    /** The prefix of the held-out folders (held-out-2, held-out-3, ...); the newest is the test part. */
    public static final String HELD_OUT_PREFIX = "held-out-";
    /** The files of an area folder that make up the development part. */
    private static final List<String> DEVELOPMENT_FILES = List.of("dev.yaml", "test.yaml");

    private ErrorCorpus() {
    }

    /**
     * One message with the causes a support engineer accepts, the first the most likely.
     *
     * @param area the corpus folder it is in (invoicing-zh, server, network)
     */
    public record Message(String text, String lang, String source, List<String> accepted, String area) {
        /** The source's key as split.py computes it: a GitHub repository, or the web host without "www.". */
        public String sourceKey() {
            try {
                URI uri = URI.create(source.strip());
                String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                host = host.startsWith("www.") ? host.substring(4) : host;
                String[] parts = uri.getPath() == null ? new String[0]
                        : Stream.of(uri.getPath().split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
                return host.equals("github.com") && parts.length >= 2
                        ? "github.com/" + parts[0].toLowerCase(Locale.ROOT) + "/" + parts[1].toLowerCase(Locale.ROOT) : host;
            } catch (IllegalArgumentException e) {
                return source;
            }
        }
    }

    /**
     * The development part: dev.yaml and test.yaml of every area folder, then every collected*.yaml of the spent
     * held-out folders (all but the newest), folders in name order.
     */
    public static List<Message> development(Path corpus) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (Path area : folders(corpus).stream().filter(f -> heldOutNumber(f) < 0).toList()) {
            for (String name : DEVELOPMENT_FILES) {
                Path file = area.resolve(name);
                if (Files.exists(file)) {
                    messages.addAll(readFile(file, area.getFileName().toString()));
                }
            }
        }
        Optional<Path> newest = newestHeldOut(corpus);
        for (Path spent : heldOutFolders(corpus)) {
            if (newest.isEmpty() || !spent.equals(newest.get())) {
                messages.addAll(collected(spent));
            }
        }
        return messages;
    }

    /** The test part (every collected*.yaml of the newest held-out folder), or empty when none has been committed. */
    public static Optional<List<Message>> heldOut(Path corpus) throws IOException {
        Optional<Path> newest = newestHeldOut(corpus);
        return newest.isEmpty() ? Optional.empty() : Optional.of(collected(newest.get()));
    }

    /** The folder the test part is read from, for messages that name it. */
    public static Optional<Path> newestHeldOut(Path corpus) throws IOException {
        List<Path> heldOut = heldOutFolders(corpus);
        return heldOut.isEmpty() ? Optional.empty() : Optional.of(heldOut.get(heldOut.size() - 1));
    }

    /** The held-out folders, oldest first (by their number, so held-out-10 comes after held-out-9). */
    private static List<Path> heldOutFolders(Path corpus) throws IOException {
        return folders(corpus).stream().filter(f -> heldOutNumber(f) >= 0)
                .sorted(java.util.Comparator.comparingInt(ErrorCorpus::heldOutNumber)).toList();
    }

    private static List<Path> folders(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("no corpus folder " + corpus);
        }
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** N of a held-out-N folder, or -1 for an area folder. */
    private static int heldOutNumber(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(HELD_OUT_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(HELD_OUT_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Message> collected(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().matches("collected.*\\.yaml")).sorted().toList();
        }
        List<Message> messages = new ArrayList<>();
        for (Path file : files) {
            messages.addAll(readFile(file, folder.getFileName().toString()));
        }
        return messages;
    }

    private static List<Message> readFile(Path file, String area) throws IOException {
        JsonNode list = YamlFiles.mapper().readTree(file.toFile()).get("messages");
        if (list == null || !list.isArray()) {
            throw new IOException(file + " has no list of messages");
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : list) {
            if (!m.hasNonNull("text") || !m.path("accepted").isArray() || m.path("accepted").isEmpty()) {
                throw new IOException(file + ": message " + (messages.size() + 1) + " lacks a text or its accepted causes");
            }
            List<String> accepted = new ArrayList<>();
            m.get("accepted").forEach(a -> accepted.add(a.asText()));
            messages.add(new Message(m.get("text").asText(), m.path("lang").asText(""), m.path("source").asText(""),
                    List.copyOf(accepted), area));
        }
        return messages;
    }
}
