package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real messages, as real software prints them, point to the cause a support engineer would name. */
class ErrorTextTest {
    private static KnowledgeBase kb;
    private static ErrorTextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        kb = Fixture.product();
        analyzer = new ErrorTextAnalyzer(kb);
    }

    static Stream<ErrorTextSamples.Sample> samples() {
        return ErrorTextSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void a_real_message_puts_its_cause_in_the_top_three(ErrorTextSamples.Sample sample) {
        List<Observation> facts = analyzer.analyse(sample.text());
        assertThat(facts).as("no pattern matched: " + sample.source()).isNotEmpty();
        Assessment a = new Reasoner(kb).assess(facts);
        List<String> top3 = a.ranking().stream().limit(3).map(Assessment.Ranked::cause).toList();
        assertThat(top3).as(sample.source() + "\nfacts " + facts + "\nranking " + a.ranking().stream().limit(5)
                .map(r -> r.cause() + String.format(" %.3f", r.confidence())).toList()).contains(sample.cause());
    }

    @Test
    void the_samples_cover_every_cause_with_at_least_sixty_messages() {
        Set<String> covered = ErrorTextSamples.all().stream().map(ErrorTextSamples.Sample::cause).collect(Collectors.toSet());
        assertThat(ErrorTextSamples.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(covered).containsAll(kb.causes().stream().map(Cause::id).toList());
    }

    @Test
    void accuracy_over_the_sample_set_is_printed() {
        ErrorTextAccuracy.Figures f = ErrorTextAccuracy.measure(kb);
        System.out.print(ErrorTextAccuracy.report(f));
        assertThat(f.top3Rate()).isGreaterThan(0.9);
    }

    @Test
    void the_matched_text_is_kept_as_provenance() {
        Observation o = analyzer.analyse("java.net.UnknownHostException: fpsc.jiangsu.chinatax.gov.cn").get(0);
        assertThat(o.id()).isEqualTo("net.dns.resolves");
        assertThat(o.value()).isEqualTo("no");
        assertThat(o.source()).isEqualTo(Observation.Source.errorText);
        assertThat(o.detail()).contains("jdk.unknown-host").contains("UnknownHostException");
    }

    @Test
    void ordinary_text_matches_nothing() {
        assertThat(analyzer.analyse("今天给客户开了三张发票，金额10061元，一切正常。明天继续。")).isEmpty();
        assertThat(analyzer.analyse("Invoice 1101 for order 6655 was printed at 10:54; the server room is tidy.")).isEmpty();
        assertThat(analyzer.analyse("开票中心通知：本月培训安排见附件。")).isEmpty();
    }

    @Test
    void localised_windows_wording_is_understood() {
        assertThat(analyzer.analyse("不知道这样的主机。")).extracting(Observation::id).contains("net.dns.resolves");
        assertThat(analyzer.analyse("由于目标计算机积极拒绝，无法连接。")).extracting(Observation::value).contains("refused");
        assertThat(analyzer.analyse("连接超时")).extracting(Observation::value).contains("timeout");
    }

    @Test
    void a_text_that_is_too_long_is_refused_rather_than_cut() {
        assertThatThrownBy(() -> analyzer.analyse("x".repeat(ErrorTextAnalyzer.MAX_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }
}
