package com.invoicedoctor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.invoicedoctor.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The term lexicon is validated like the rest of the knowledge: a wrong fact or value fails with file:line. */
class LexiconValidationTest {
    @TempDir
    Path tmp;

    private Path kb;
    private Path rules;

    private void copyFixture(String lexicon) throws IOException {
        kb = tmp.resolve("knowledge-base");
        rules = tmp.resolve("rules");
        Fixture.copy(Fixture.FIXTURE_KB, kb);
        Fixture.copy(Fixture.FIXTURE_RULES, rules);
        Files.createDirectories(kb.resolve("lexicon"));
        Files.writeString(kb.resolve("lexicon/terms.yaml"), lexicon);
    }

    private static final String GOOD = """
            terms:
              - id: dns-words
                sets: {net.dns.resolves: "no"}
                words: ["getaddrinfo", "域名解析"]
                origin: "resolver errors (https://man7.org/linux/man-pages/man3/getaddrinfo.3.html)"
            """;

    @Test
    void a_sound_lexicon_loads() throws IOException {
        copyFixture(GOOD);
        assertThat(KnowledgeLoader.load(kb, rules).lexicon()).singleElement()
                .satisfies(e -> assertThat(e.words()).containsExactly("getaddrinfo", "域名解析"));
    }

    @Test
    void an_unknown_observation_or_a_value_that_does_not_fit_fails_with_its_line() throws IOException {
        copyFixture(GOOD + """
                  - id: bad-value
                    sets: {net.dns.resolves: "maybe"}
                    words: ["nslookup"]
                    origin: "x"
                  - id: bad-fact
                    sets: {net.dns.resolvez: "no"}
                    words: ["NXDOMAIN"]
                    origin: "x"
                """);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeLoader.load(kb, rules));
        assertThat(e.getMessage()).contains("terms.yaml:6").contains("lexicon entry bad-value: 'maybe' does not fit net.dns.resolves")
                .contains("terms.yaml:10").contains("lexicon entry bad-fact sets unknown observation net.dns.resolvez");
    }

    @Test
    void a_word_too_short_or_in_two_entries_fails() throws IOException {
        copyFixture(GOOD + """
                  - id: again
                    sets: {net.dns.resolves: "yes"}
                    words: ["GetAddrInfo", "ip"]
                    origin: "x"
                """);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeLoader.load(kb, rules));
        assertThat(e.getMessage()).contains("the word 'GetAddrInfo' is also in dns-words").contains("the word 'ip' is too short");
    }

    @Test
    void an_entry_sets_facts_or_says_it_only_shadows_shorter_words_but_not_both() throws IOException {
        copyFixture(GOOD + """
                  - id: shadows
                    setsNothing: true
                    words: ["域名解析服务器证书"]
                    origin: "x"
                  - id: neither
                    words: ["nslookup"]
                    origin: "x"
                  - id: both
                    setsNothing: true
                    sets: {net.dns.resolves: "yes"}
                    words: ["NXDOMAIN"]
                    origin: "x"
                """);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeLoader.load(kb, rules));
        assertThat(e.getMessage()).doesNotContain("entry shadows").contains("lexicon entry neither sets no observation")
                .contains("lexicon entry both has setsNothing: true but sets observations");
    }
}
