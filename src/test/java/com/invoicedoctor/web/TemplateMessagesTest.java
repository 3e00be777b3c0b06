package com.invoicedoctor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every #{key} a template names exists in both languages, so no page shows ??key??. */
class TemplateMessagesTest {
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[(}]");
    /** The web UI's own template folders ("" is the top level: layout and error page). */
    private static final Set<String> WEB_TEMPLATES = Set.of("", "start", "interview", "helpdesk");

    @Test
    void every_message_a_template_uses_exists_in_chinese_and_english() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String dir : WEB_TEMPLATES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates", dir), 1)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            for (Lang lang : Lang.values()) {
                if (!Messages.all(lang).containsKey(key)) {
                    missing.add(lang + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void computed_message_keys_exist_for_every_value() {
        for (String prefix : Set.of("who.customer", "who.helpdesk", "who.admin", "source.answer", "source.probe",
                "source.errorText", "source.repair", "probe.status.ok", "probe.status.warn", "probe.status.fail",
                "probe.status.timeout", "probe.status.skipped", "steps.tried.fixed", "steps.tried.failed", "steps.noted.fixed", "steps.noted.failed",
                "diagnosis.for", "diagnosis.against", "outcome.asking", "outcome.confident", "outcome.exhausted",
                "outcome.fixed", "outcome.escalate", "answer.unknown")) {
            assertThat(Messages.all(Lang.zh)).containsKey(prefix);
            assertThat(Messages.all(Lang.en)).containsKey(prefix);
        }
    }
}
