package com.invoicedoctor.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.reading.ErrorCorpus.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classifier answers with its best cause only at or above its threshold, and abstains below it. */
class TextClassifierTest {
    private static opennlp.tools.doccat.DoccatModel model;

    @BeforeAll
    static void train() throws IOException {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            messages.add(new Message("disk sector read failure on volume " + i, "en", "https://a.example/" + i,
                    List.of("server.hardware.storage"), "server"));
            messages.add(new Message("发票额度不足，请申请授信" + i, "zh", "https://b.example/" + i, List.of("business.quota"), "invoicing-zh"));
        }
        model = ClassifierTraining.model(messages);
    }

    @Test
    void below_the_threshold_it_abstains_above_it_answers() {
        TextClassifier sure = new TextClassifier(model, 0.5);
        assertThat(sure.read("the disk sector failed")).get().extracting(TextClassifier.Guess::cause)
                .isEqualTo("server.hardware.storage");
        assertThat(sure.read("额度不足")).get().extracting(TextClassifier.Guess::cause).isEqualTo("business.quota");
        double p = sure.best("the disk sector failed").orElseThrow().probability();
        TextClassifier strict = new TextClassifier(model, Math.nextUp(p));
        assertThat(strict.read("the disk sector failed")).isEmpty();
        assertThat(strict.best("the disk sector failed")).isPresent();
    }

    @Test
    void a_text_that_reports_no_failure_is_not_read_when_failure_words_are_given() {
        TextClassifier gated = new TextClassifier(model, 0.01, List.of("fail", "不足"));
        assertThat(gated.read("the disk sector on volume 3 was read")).isEmpty();
        assertThat(gated.best("the disk sector on volume 3 was read")).isPresent();
        assertThat(gated.read("the disk sector FAILED")).get().extracting(TextClassifier.Guess::cause).isEqualTo("server.hardware.storage");
        assertThat(gated.read("额度不足")).isPresent();
    }

    @Test
    void it_ranks_every_cause_most_probable_first_behind_the_same_gate() {
        TextClassifier gated = new TextClassifier(model, 0.01, List.of("fail", "不足"));
        List<TextClassifier.Guess> ranked = gated.ranked("the disk sector FAILED");
        assertThat(ranked).hasSize(gated.causes().size());
        assertThat(ranked.get(0)).isEqualTo(gated.read("the disk sector FAILED").orElseThrow());
        assertThat(ranked).extracting(TextClassifier.Guess::probability).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ranked.stream().mapToDouble(TextClassifier.Guess::probability).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(gated.ranked("the disk sector on volume 3 was read")).isEmpty();
    }

    @Test
    void a_text_without_tokens_reads_as_nothing() {
        TextClassifier c = new TextClassifier(model, 0.01);
        assertThat(c.read("12345 !!! ---")).isEmpty();
        assertThat(c.probability("", "business.quota")).isZero();
    }

    @Test
    void a_text_mostly_in_words_the_model_never_learnt_is_not_read() {
        TextClassifier gated = new TextClassifier(model, 0.01, List.of("fail", "falha", "不足"), 0.35);
        // Portuguese: one word of five ("disk" no, "sector" no...) is known; the model would guess from it alone
        assertThat(gated.ranked("Rejeição: falha no setor do disco rígido")).isEmpty();
        assertThat(new TextClassifier(model, 0.01, List.of("fail", "falha", "不足")).ranked("Rejeição: falha no setor do disco rígido"))
                .isNotEmpty();
        // English in the model's words, and Chinese whatever its share (the check is for mostly Latin texts)
        assertThat(gated.read("the disk sector read failure")).get().extracting(TextClassifier.Guess::cause)
                .isEqualTo("server.hardware.storage");
        assertThat(gated.read("授信额度已经不足了")).isPresent();
        assertThat(gated.knownShare("disk sector read failure on volume")).isEqualTo(1.0);
        assertThat(gated.knownShare("falha no setor")).isZero();
    }

    @Test
    void chinese_is_read_in_character_pairs_and_camel_case_gives_its_parts() {
        assertThat(Tokens.of("税号错误")).containsExactly("税号", "号错", "错误");
        assertThat(Tokens.of("SocketTimeoutException 4004")).contains("sockettimeoutexception", "socket", "timeout", "exception")
                .doesNotContain("4004");
        assertThat(Tokens.of("HTTP 504 at port 8080")).contains("status5xx").doesNotContain("504", "8080");
    }
}
