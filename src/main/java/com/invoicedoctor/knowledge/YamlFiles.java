package com.invoicedoctor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads YAML files into records, turning every parse error into a located {@link Problem}. */
public final class YamlFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .findAndRegisterModules();

    private YamlFiles() {
    }

    /** The YAML mapper the knowledge base is read with. */
    public static ObjectMapper mapper() {
        return YAML;
    }

    /** Every *.yaml / *.yml file directly in the folder, sorted; none when the folder is missing. */
    public static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads one file as the given type; null and a problem when it does not parse. */
    public static <T> T read(Path file, Class<T> type, List<Problem> problems) {
        try {
            T value = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
            if (value == null) {
                problems.add(new Problem(file, 1, "the file is empty"));
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** The 1-based line of the first line containing the text, or 0. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /** Collects the items of every file in a folder. */
    static <F, T> List<Located<T>> readAll(Path dir, Class<F> fileType, java.util.function.Function<F, List<T>> items,
                                           List<Problem> problems) {
        List<Located<T>> all = new ArrayList<>();
        for (Path file : in(dir)) {
            F content = read(file, fileType, problems);
            if (content != null && items.apply(content) != null) {
                items.apply(content).forEach(item -> all.add(new Located<>(file, item)));
            }
        }
        return all;
    }

    /** An item with the file it came from. */
    record Located<T>(Path file, T item) {
    }
}
