package com.invoicedoctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese text uses full-width punctuation: no ASCII , : ? ( ) ; ! or straight quotes right next to a Chinese
 * character, in every Chinese message file and every Chinese text of the knowledge (the zh of titles, questions,
 * options, descriptions and steps, and the rules' reasons). Half-width marks inside ASCII (08:00, a URL, a
 * command) are left alone, since their neighbours are not Chinese.
 */
class ChinesePunctuationTest {
    /** A Chinese character or full-width mark with an ASCII mark right before or after it. */
    static final Pattern MIXED = Pattern.compile(
            "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef][,:?();!\"']|[,:?();!\"'][\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern REASON = Pattern.compile("@zh\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    @Test
    void the_check_finds_half_width_marks_next_to_chinese_and_leaves_ascii_alone() {
        assertThat(MIXED.matcher("能打开(如百度)").find()).isTrue();
        assertThat(MIXED.matcher("都不能,还是").find()).isTrue();
        assertThat(MIXED.matcher("区分\"{0}\"和").find()).isTrue();
        assertThat(MIXED.matcher("北京时间 UTC+08:00，运行 ping -n 50").find()).isFalse();
        assertThat(MIXED.matcher("能打开（如百度），还是“{0}”").find()).isFalse();
    }

    @Test
    void chinese_message_files_use_full_width_punctuation() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).toList()) {
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.forEach((key, value) -> check(file.getFileName() + " " + key, value.toString(), offenders));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void chinese_knowledge_texts_use_full_width_punctuation() throws IOException {
        List<String> offenders = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.walk(Path.of("knowledge-base"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                walk(file.toString(), yaml.readTree(file.toFile()), null, offenders);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = REASON.matcher(Files.readString(file));
                while (m.find()) {
                    check(file.toString(), m.group(1), offenders);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Texts are plain words, not Markdown: a backtick around a command reaches the person literally. */
    @Test
    void no_knowledge_text_has_backticks() throws IOException {
        List<String> offenders = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.walk(Path.of("knowledge-base"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts(file.toString(), yaml.readTree(file.toFile()), null, offenders);
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static void texts(String where, JsonNode node, String key, List<String> offenders) {
        if (node.isTextual() && ("zh".equals(key) || "en".equals(key)) && node.asText().contains("`")) {
            offenders.add(where + ": " + node.asText());
        } else if (node.isContainerNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                texts(where, e.getValue(), e.getKey(), offenders);
            }
            if (node.isArray()) {
                node.forEach(n -> texts(where, n, key, offenders));
            }
        }
    }

    /** Checks every string held under a "zh" key: the Chinese side of a text. */
    private static void walk(String where, JsonNode node, String key, List<String> offenders) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && "zh".equals(key)) {
            check(where, node.asText(), offenders);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(where, e.getValue(), e.getKey(), offenders);
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(where, n, key, offenders));
        }
    }

    private static void check(String where, String text, List<String> offenders) {
        if (MIXED.matcher(text).find()) {
            offenders.add(where + ": " + text);
        }
    }
}
