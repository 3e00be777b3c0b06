package com.invoicedoctor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StaffMessagesTest {

    @Test
    void chinese_and_english_staff_messages_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(staffFile(Lang.zh).stringPropertyNames()))
                .isEqualTo(new TreeSet<>(staffFile(Lang.en).stringPropertyNames()));
    }

    /** One staff_messages file (Messages reads them together with the product's). */
    private static Properties staffFile(Lang lang) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(StaffMessagesTest.class.getResourceAsStream("/staff_messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void every_fixed_key_in_the_staff_templates_exists_in_both_languages() throws IOException {
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]*)[}(]");
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/templates/staff")),
                Files.list(Path.of("src/main/resources/templates/handoff")))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    for (Lang lang : Lang.values()) {
                        assertThat(Messages.has(lang, m.group(1))).as(file + ": " + m.group(1) + " in " + lang).isTrue();
                    }
                }
            }
        }
    }
}
