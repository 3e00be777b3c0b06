package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three layers of reading an error text on the product's knowledge, each with its own fact and provenance. */
class ErrorTextLayersTest {
    private static KnowledgeBase kb;
    private static ErrorTextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
    }

    private static Optional<Observation> fact(List<Observation> facts, String id) {
        return facts.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Test
    void a_lexicon_term_gives_its_own_weaker_fact_quoting_the_word_and_its_line() {
        List<Observation> facts = analyzer.analyse("ERROR 1 --- InnoDB: something unexpected in the buffer pool");
        Observation term = fact(facts, "term.database").orElseThrow();
        assertThat(term.value()).isEqualTo("yes");
        assertThat(term.source()).isEqualTo(Observation.Source.errorText);
        assertThat(term.detail()).contains("“InnoDB”").contains("database-engines").contains("buffer pool");
        assertThat(facts).extracting(Observation::id).doesNotContain("server.db-errors");
        assertThat(new Reasoner(kb).assess(facts).top().cause()).isEqualTo("server.database");
    }

    @Test
    void a_chinese_invoicing_term_is_read_and_a_pattern_outweighs_a_term() {
        assertThat(analyzer.analyse("红冲失败：该蓝票已全额冲红", EnumSet.of(Layer.PATTERN, Layer.TERM))).extracting(Observation::id)
                .containsExactly("term.invoice-rules");
        assertThat(analyzer.analyse("税号长度不对", EnumSet.of(Layer.PATTERN, Layer.TERM))).extracting(Observation::id)
                .containsExactly("term.invoice-data");
        // the tax-rule pattern reads this exactly, so its words are not counted again as terms
        assertThat(analyzer.analyse("提示：商品编码与税率不匹配，请检查")).extracting(Observation::id)
                .contains("error.kind").doesNotContain("term.invoice-rules");
        Reasoner reasoner = new Reasoner(kb);
        List<Observation> termOnly = analyzer.analyse("系统提示：kafka 处理失败");
        assertThat(reasoner.assess(termOnly).top().cause()).isEqualTo("transport.middleware.config");
    }

    @Test
    void a_message_in_traditional_characters_reads_as_its_simplified_form_and_is_quoted_as_pasted() {
        String traditional = "連線逾時：無法連線到伺服器，請檢查網路設定";
        String simplified = "连线逾时：无法连线到伺服器，请检查网路设定";
        List<Observation> read = analyzer.analyse(traditional);
        assertThat(read).isNotEmpty();
        assertThat(read).extracting(Observation::id, Observation::value)
                .isEqualTo(analyzer.analyse(simplified).stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.id(), o.value())).toList());
        assertThat(read.stream().map(Observation::detail).filter(java.util.Objects::nonNull)).allMatch(d -> !d.contains("连线"))
                .anyMatch(d -> d.contains("連線") || d.contains("伺服器"));
        // the same in certificates: 憑證 is 凭证, 過期 is 过期
        assertThat(new Reasoner(kb).assess(analyzer.analyse("憑證已過期，請更新憑證")).top().cause())
                .isEqualTo(new Reasoner(kb).assess(analyzer.analyse("凭证已过期，请更新凭证")).top().cause());
    }

    @Test
    void an_aside_naming_the_maintenance_staff_or_the_prompt_s_host_is_read_by_no_layer() {
        // 维护 of the maintenance staff is not the platform being maintained: the classifier reads the message as if
        // the advice were not there
        List<Observation> withAdvice = analyzer.analyse("发生严重错误，请联系维护人员并保留现场");
        List<Observation> without = analyzer.analyse("发生严重错误，　　　　　　并保留现场");
        assertThat(fact(withAdvice, ErrorTextAnalyzer.READS_LIKE).map(Observation::value))
                .isEqualTo(fact(without, ErrorTextAnalyzer.READS_LIKE).map(Observation::value)).isPresent();
        assertThat(fact(withAdvice, ErrorTextAnalyzer.READS_LIKE_P).map(Observation::value))
                .isEqualTo(fact(without, ErrorTextAnalyzer.READS_LIKE_P).map(Observation::value));
        assertThat(fact(withAdvice, ErrorTextAnalyzer.READS_LIKE).orElseThrow().detail()).contains("请联系维护人员");
        List<Observation> english = analyzer.analyse("A fatal error occurred. Contact the maintenance staff.");
        assertThat(fact(english, ErrorTextAnalyzer.READS_LIKE).map(Observation::value))
                .isEqualTo(fact(analyzer.analyse("A fatal error occurred."), ErrorTextAnalyzer.READS_LIKE).map(Observation::value))
                .isPresent();
        // localhost in a shell prompt is the machine's name, not a connection to the loopback address
        assertThat(analyzer.analyse("[root@localhost Desktop]# fwupdmgr refresh\nFailed to download: SSL handshake failed"))
                .extracting(Observation::id).doesNotContain("term.loopback");
        assertThat(analyzer.analyse("curl: (7) Failed to connect to localhost port 8080: Connection refused"))
                .extracting(Observation::id).contains("term.loopback");
    }

    @Test
    void a_latin_term_counts_only_standing_apart() {
        assertThat(analyzer.analyse("the e-commerce invoice was printed", EnumSet.of(Layer.TERM))).isEmpty();
        assertThat(analyzer.analyse("kernel: mce: [Hardware Error]: CPU 2: Machine Check: 0 Bank 5", EnumSet.of(Layer.TERM)))
                .extracting(Observation::id).contains("term.cpu-hardware");
    }

    @Test
    void a_pasted_log_is_read_line_by_line_and_the_telling_lines_are_quoted() {
        String log = """
                2024-05-01 10:00:01 INFO starting invoice batch 17
                2024-05-01 10:00:02 INFO 24 invoices queued
                2024-05-01 10:00:03 ERROR EXT4-fs error (device sda1): ext4_find_entry:1455: reading directory lblock 0
                2024-05-01 10:00:04 INFO retrying in 5 s
                2024-05-01 10:00:05 WARN smartctl: Current_Pending_Sector 8
                2024-05-01 10:00:09 WARN 税控盘 returned 0x05
                """;
        List<Observation> facts = analyzer.analyse(log);
        assertThat(fact(facts, "server.disk-errors").orElseThrow().detail())
                .contains("EXT4-fs error (device sda1)").doesNotContain("starting invoice batch").doesNotContain("smartctl");
        // the pattern matched "EXT4-fs error (device sda1)"; the rest of its line (ext4_find_entry) still counts as a term
        assertThat(fact(facts, "term.storage").orElseThrow().detail())
                .contains("term “ext4”").contains("ext4_find_entry").doesNotContain("starting invoice batch").doesNotContain("税控");
        assertThat(fact(facts, "term.tax-device").orElseThrow().detail())
                .contains("税控盘 returned 0x05").doesNotContain("EXT4");
    }

    @Test
    void the_words_a_pattern_matched_are_not_counted_again_as_terms() {
        String text = "java.net.UnknownHostException: fpdk.example.gov.cn";
        List<Observation> facts = analyzer.analyse(text);
        assertThat(facts).extracting(Observation::id).contains("net.dns.resolves").doesNotContain("term.dns");
        assertThat(analyzer.analyse("line one is fine\n" + text + "\nnslookup: can't resolve 'fpdk'"))
                .extracting(Observation::id).contains("net.dns.resolves", "term.dns");
    }

    @Test
    void the_classifier_counts_fully_only_when_nothing_stronger_was_read_and_abstains_on_ordinary_text() {
        assertThat(kb.errorClassifier()).isPresent();
        Reasoner reasoner = new Reasoner(kb);
        // nothing in the lexicon or the patterns, but worded like the invoicing messages it was trained on
        List<Observation> guessed = analyzer.analyse("开具失败，请核对后重新提交");
        assertThat(guessed).isNotEmpty();
        assertThat(fact(guessed, "error.reads-like").orElseThrow().detail()).startsWith("reads like ").contains("p=");
        assertThat(fact(guessed, "error.reads-like-alone").orElseThrow().value()).isEqualTo("yes");
        assertThat(guessed).extracting(Observation::id).allMatch(id -> id.startsWith("error.reads-like"));
        assertThat(reasoner.assess(guessed).top().cause()).isEqualTo(fact(guessed, "error.reads-like").orElseThrow().value());
        assertThat(analyzer.analyse("The weather is nice today and the coffee is hot.")).isEmpty();
        // beside a pattern it is a weak vote (at most 3) that does not outvote what the pattern read
        List<Observation> read = analyzer.analyse("InnoDB: page corruption", EnumSet.allOf(Layer.class));
        fact(read, "error.reads-like").ifPresent(like -> {
            assertThat(fact(read, "error.reads-like-alone").orElseThrow().value()).isEqualTo("no");
            double p = Double.parseDouble(fact(read, "error.reads-like-p").orElseThrow().value());
            assertThat(p).isBetween(0.0, 1.0);
        });
        Assessment assessed = reasoner.assess(read);
        assertThat(assessed.top().cause()).isEqualTo("server.database");
        assessed.ranking().forEach(r -> r.evidence().stream().filter(e -> e.rule().contains("beside what was read more surely"))
                .forEach(e -> assertThat(e.ratio()).isLessThanOrEqualTo(3.0)));
    }

    @Test
    void a_lone_guess_shows_the_confidence_its_probability_earned_and_its_second_and_third_causes_reach_the_top_three() {
        Reasoner reasoner = new Reasoner(kb);
        // the classifier alone, sure of its first cause, and unsure among three near causes (rules/error-reading.drl);
        // the three have the same prior (0.03), below the platform's maintenance (0.085) and the tax device (0.07)
        Assessment sure = reasoner.assess(lone("business.quota", 0.85, "network.config.ip", 0.05, "server.software", 0.03));
        Assessment unsure = reasoner.assess(lone("business.quota", 0.22, "network.config.ip", 0.18, "server.software", 0.15));
        assertThat(sure.top().cause()).isEqualTo("business.quota");
        assertThat(unsure.top().cause()).isEqualTo("business.quota");
        assertThat(sure.top().confidence()).isGreaterThan(0.8);
        assertThat(unsure.top().confidence()).isLessThan(0.5);
        assertThat(unsure.ranking().subList(0, 3)).extracting(Assessment.Ranked::cause)
                .containsExactlyInAnyOrder("business.quota", "network.config.ip", "server.software");
        // read by the classifier alone, a text yields its third cause and the probabilities of all three
        List<Observation> guessed = analyzer.analyse("开具失败，请核对后重新提交");
        assertThat(guessed).extracting(Observation::id).contains("error.reads-like-3", "error.reads-like-2-p", "error.reads-like-3-p");
        assertThat(Double.parseDouble(fact(guessed, "error.reads-like-3-p").orElseThrow().value()))
                .isLessThanOrEqualTo(Double.parseDouble(fact(guessed, "error.reads-like-2-p").orElseThrow().value()));
    }

    /** What the classifier gives when it alone read the text: three causes with their probabilities. */
    private static List<Observation> lone(String first, double p1, String second, double p2, String third, double p3) {
        Observation.Source text = Observation.Source.errorText;
        return List.of(Observation.of("error.reads-like-alone", "yes", text, null),
                Observation.of("error.reads-like", first, text, null),
                Observation.of("error.reads-like-p", String.valueOf(p1), text, null),
                Observation.of("error.reads-like-2", second, text, null),
                Observation.of("error.reads-like-2-p", String.valueOf(p2), text, null),
                Observation.of("error.reads-like-3", third, text, null),
                Observation.of("error.reads-like-3-p", String.valueOf(p3), text, null));
    }

    @Test
    void a_description_is_read_with_patterns_and_terms_but_not_the_classifier() {
        assertThat(analyzer.analyse("当前开具的发票请求已受理，请等待", EnumSet.of(Layer.PATTERN, Layer.TERM))).isEmpty();
    }
    @Test
    void asking_for_the_terms_alone_gives_the_terms_of_the_whole_reading_and_a_pattern_still_takes_its_words_from_them() {
        java.util.function.Predicate<String> terms = id -> id.startsWith("term.");
        for (String text : List.of("提示：商品编码与税率不匹配，请检查", "红冲失败：该蓝票已全额冲红", "系统提示：kafka 处理失败",
                "ERROR 1 --- InnoDB: something unexpected in the buffer pool", "开票一直报服务器异常，ping 开票服务器不丢包",
                "nothing to read here")) {
            List<String> whole = analyzer.analyse(text, EnumSet.of(Layer.PATTERN, Layer.TERM)).stream()
                    .filter(o -> terms.test(o.id())).map(o -> o + " " + o.detail()).toList();
            assertThat(analyzer.analyse(text, EnumSet.of(Layer.PATTERN, Layer.TERM), terms)).as(text)
                    .extracting(o -> o + " " + o.detail()).containsExactlyElementsOf(whole);
        }
        // the tax-rule pattern's fact is not asked for, but its match still keeps its words from counting as a term
        assertThat(analyzer.analyse("提示：商品编码与税率不匹配，请检查", EnumSet.of(Layer.PATTERN, Layer.TERM), terms)).isEmpty();
        assertThat(analyzer.analyse("提示：商品编码与税率不匹配，请检查", EnumSet.of(Layer.TERM), terms)).extracting(Observation::id)
                .contains("term.invoice-rules");
    }

    @Test
    void a_long_line_is_quoted_around_the_part_read_with_its_spaces_made_single_blanks() {
        String line = "x".repeat(100) + "\t\tERROR  here\f" + "y".repeat(300);
        String quote = ErrorTextAnalyzer.quote(line, 102, 113);
        assertThat(quote).startsWith("…" + "x".repeat(38) + " ERROR here " + "y").endsWith("y…");
        assertThat(quote).hasSize(1 + 38 + " ERROR here ".length() + 160 - 38 - 14 + 1);
        // as the whole line rewritten and then cut would quote it, whatever spaces it holds and wherever the part is
        java.util.Random random = new java.util.Random(20261206);
        String alphabet = "ab 错误\t\n\u000B\f\u3000\u00A0";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString().replace('\n', ' ');
            int start = t.isEmpty() ? 0 : random.nextInt(t.length());
            int end = start + random.nextInt(t.length() - start + 1);
            assertThat(ErrorTextAnalyzer.quote(t, start, end)).as(t).isEqualTo(rewrittenThenCut(t, start, end));
        }
    }

    /** The quote as it was made before only the quoted part was rewritten: the whole line first, then cut. */
    private static String rewrittenThenCut(String line, int from, int to) {
        String oneLine = line.replaceAll("\\s", " ");
        if (oneLine.strip().length() <= 160) {
            return oneLine.strip().replaceAll(" {2,}", " ");
        }
        int begin = Math.max(0, Math.min(from - 40, oneLine.length() - 160));
        int finish = Math.min(oneLine.length(), begin + Math.max(160, to - from));
        String cut = oneLine.substring(begin, Math.min(finish, begin + 160)).strip().replaceAll(" {2,}", " ");
        return (begin > 0 ? "…" : "") + cut + (begin + 160 < oneLine.length() ? "…" : "");
    }
}
