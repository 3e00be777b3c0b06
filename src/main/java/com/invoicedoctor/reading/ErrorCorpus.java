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
import java.util.stream.Stream;

/**
 * The corpus of real error messages under evaluation/error-texts/AREA/{dev,test}.yaml (split by source by
 * split.py). Knowledge is learnt from the development part only; this reads one part at a time so a caller
 * names the part it reads.
 */
public final class ErrorCorpus {
    /** The part knowledge may be learnt from. */
    public static final String DEVELOPMENT = "dev";

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

    /** Every message of one part ("dev" or "test") in every area of the corpus folder, areas in name order. */
    public static List<Message> read(Path corpus, String part) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("no corpus folder " + corpus);
        }
        List<Message> messages = new ArrayList<>();
        List<Path> areas;
        try (Stream<Path> s = Files.list(corpus)) {
            areas = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path area : areas) {
            Path file = area.resolve(part + ".yaml");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode list = YamlFiles.mapper().readTree(file.toFile()).get("messages");
            if (list == null) {
                continue;
            }
            for (JsonNode m : list) {
                List<String> accepted = new ArrayList<>();
                m.get("accepted").forEach(a -> accepted.add(a.asText()));
                messages.add(new Message(m.get("text").asText(), m.path("lang").asText(""), m.path("source").asText(""),
                        List.copyOf(accepted), area.getFileName().toString()));
            }
        }
        return messages;
    }
}
