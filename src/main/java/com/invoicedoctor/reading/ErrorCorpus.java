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
 * misses published on 2026-12-06, so they are spent and became development material). The test part is
 * held-out-2/collected.yaml, collected from sources that are in no area: it is only ever read to be counted.
 */
public final class ErrorCorpus {
    /** The part knowledge may be learnt from. */
    public static final String DEVELOPMENT = "dev";
    /** The part that is only counted. */
    public static final String TEST = "test";
    /** Where the test part lives inside the corpus folder; no area folder is read from here. */
    public static final String HELD_OUT = "held-out-2/collected.yaml";
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

    /** The development part: dev.yaml and test.yaml of every area folder (held-out folders are not areas), areas in name order. */
    public static List<Message> development(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("no corpus folder " + corpus);
        }
        List<Path> areas;
        try (Stream<Path> s = Files.list(corpus)) {
            areas = s.filter(Files::isDirectory).filter(a -> !a.getFileName().toString().startsWith("held-out")).sorted().toList();
        }
        List<Message> messages = new ArrayList<>();
        for (Path area : areas) {
            for (String name : DEVELOPMENT_FILES) {
                Path file = area.resolve(name);
                if (Files.exists(file)) {
                    messages.addAll(readFile(file, area.getFileName().toString()));
                }
            }
        }
        return messages;
    }

    /** The test part (held-out-2/collected.yaml), or empty when it has not been committed yet. */
    public static Optional<List<Message>> heldOut(Path corpus) throws IOException {
        Path file = corpus.resolve(HELD_OUT);
        return Files.exists(file) ? Optional.of(readFile(file, file.getParent().getFileName().toString())) : Optional.empty();
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
