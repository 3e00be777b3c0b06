package com.invoicedoctor.description;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which causes a text reads like, on the product's own cause texts. */
class CauseResemblanceTest {
    private static final CauseResemblance RESEMBLANCE = new CauseResemblance(Fixture.product());

    private static List<String> ranked(String text) {
        return RESEMBLANCE.read(text).stream().map(Observation::value).toList();
    }

    @Test
    void cases_people_told_teach_the_words_no_cause_text_uses_and_a_folder_of_them_can_be_left_out() {
        // an example's own words count for its cause's document; without the examples they count less
        java.util.List<String> ids = Fixture.product().examples().stream().map(e -> e.id()).toList();
        assertThat(ids).isNotEmpty();
        CauseResemblance without = RESEMBLANCE.leavingOut(ids);
        String told = Fixture.product().examples().get(0).text();
        double[] with = RESEMBLANCE.documentScores(java.util.List.of(new Words().of(told, true)));
        double[] withoutIt = without.documentScores(java.util.List.of(new Words().of(told, true)));
        int cause = RESEMBLANCE.causes().indexOf(Fixture.product().examples().get(0).cause());
        assertThat(with[cause]).isGreaterThan(withoutIt[cause]);
    }

    /** Openings of told cases whose best document scores between the floor and a clear score: a handful of words. */
    private static List<com.invoicedoctor.knowledge.Example> faintOpenings() {
        return Fixture.product().examples().stream().filter(e -> {
            double[] d = RESEMBLANCE.documentScores(List.of(new Words().of(opening(e), true)));
            double top = d == null ? 0 : java.util.Arrays.stream(d).max().orElse(0);
            return top >= CauseResemblance.LEAST_SCORE && top < CauseResemblance.CLEAR_SCORE;
        }).limit(20).toList();
    }

    private static String opening(com.invoicedoctor.knowledge.Example e) {
        return e.text().lines().findFirst().orElse("");
    }

    @Test
    void on_a_faint_text_a_told_case_votes_for_its_cause_and_leaving_it_out_takes_its_vote_away() {
        List<com.invoicedoctor.knowledge.Example> faint = faintOpenings();
        assertThat(faint).isNotEmpty();
        for (com.invoicedoctor.knowledge.Example told : faint) {
            List<String> cut = List.of(new Words().of(opening(told), true));
            int cause = RESEMBLANCE.causes().indexOf(told.cause());
            // its own opening is closest to its whole telling; without it only the others vote
            double[] with = RESEMBLANCE.votes(cut);
            double[] without = RESEMBLANCE.leavingOut(List.of(told.id())).votes(cut);
            assertThat(with[cause]).as(told.id()).isGreaterThan(without[cause]);
            assertThat(RESEMBLANCE.scores(cut)).isNotEqualTo(RESEMBLANCE.documentScores(cut));
        }
    }

    @Test
    void a_clear_text_is_ranked_by_the_documents_per_cause_alone() {
        List<String> cut = List.of(new Words().of(Fixture.product().examples().get(0).text(), true));
        assertThat(java.util.Arrays.stream(RESEMBLANCE.documentScores(cut)).max().orElse(0))
                .isGreaterThanOrEqualTo(CauseResemblance.CLEAR_SCORE);
        assertThat(RESEMBLANCE.scores(cut)).isEqualTo(RESEMBLANCE.documentScores(cut));
    }

    @Test
    void a_faint_resemblance_names_its_two_causes_but_no_lead() {
        for (com.invoicedoctor.knowledge.Example e : faintOpenings()) {
            assertThat(RESEMBLANCE.read(opening(e))).extracting(Observation::id)
                    .containsExactly("text.resembles-1", "text.resembles-2");
        }
    }

    @Test
    void words_no_phrase_was_written_for_still_point_to_the_cause_whose_texts_use_them() {
        assertThat(ranked("税务UKey插上去软件认不出来，换了个USB口也一样")).first().isEqualTo("client.tax-device");
        assertThat(ranked("a memory test on the server found a faulty memory module")).first().isEqualTo("server.hardware.memory");
        assertThat(ranked("月初没抄报清卡，盘锁了")).first().isEqualTo("client.report-lock");
    }

    @Test
    void a_vague_complaint_whose_words_every_cause_uses_resembles_nothing() {
        assertThat(RESEMBLANCE.read("开票一直提示服务器异常")).isEmpty();
        assertThat(RESEMBLANCE.read("invoicing says server error")).isEmpty();
        assertThat(RESEMBLANCE.read("a memory test on the server found a faulty memory module")).isNotEmpty();
    }

    @Test
    void the_two_best_and_the_lead_of_the_first_are_given_as_facts_from_the_description_and_nothing_for_no_text() {
        List<Observation> facts = RESEMBLANCE.read("DNS 解析不了开票服务器的域名");
        assertThat(facts).extracting(Observation::id)
                .containsExactly("text.resembles-1", "text.resembles-2", "text.resembles-lead");
        assertThat(facts).extracting(Observation::source).containsOnly(Observation.Source.description);
        assertThat(facts.get(2).number()).isGreaterThanOrEqualTo(1.0);
        assertThat(CauseResemblance.stated(facts)).isEmpty();
        assertThat(RESEMBLANCE.read(" ")).isEmpty();
        assertThat(RESEMBLANCE.read("！！？")).isEmpty();
    }

    @Test
    void the_further_the_first_cause_leads_the_second_the_more_its_resemblance_counts() {
        Reasoner reasoner = new Reasoner(Fixture.product());
        Observation resembles = Observation.of("text.resembles-1", "client.clock", Observation.Source.description, null);
        double close = reasoner.assess(List.of(resembles, lead("1.05"))).confidence("client.clock");
        double ahead = reasoner.assess(List.of(resembles, lead("1.3"))).confidence("client.clock");
        double far = reasoner.assess(List.of(resembles, lead("2.0"))).confidence("client.clock");
        assertThat(close).isLessThan(ahead);
        assertThat(ahead).isLessThan(far);
    }

    private static Observation lead(String times) {
        return Observation.of("text.resembles-lead", times, Observation.Source.description, null);
    }

    @Test
    void reading_like_a_cause_raises_it_but_less_than_a_clear_fact_against_it() {
        Reasoner reasoner = new Reasoner(Fixture.product());
        double before = reasoner.assess(List.of()).confidence("client.clock");
        Observation resembles = Observation.of("text.resembles-1", "client.clock", Observation.Source.description, null);
        double after = reasoner.assess(List.of(resembles)).confidence("client.clock");
        assertThat(after).isGreaterThan(before);
        double withFact = reasoner.assess(List.of(resembles,
                Observation.of("client.clock-wrong", "no", Observation.Source.answer, "clock-wrong"))).confidence("client.clock");
        assertThat(withFact).isLessThan(after);
    }
}
