package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {
    private static final Map<String, Double> EVEN = Map.of("a.x", 0.5, "b.y", 0.5);

    private static Evidence evidence(String cause, double ratio) {
        return new Evidence(cause, ratio, "rule for " + cause, List.of());
    }

    @Test
    void without_evidence_confidence_equals_the_normalised_prior() {
        var ranked = new ConfidenceModel(Map.of("a.x", 0.3, "b.y", 0.1), 1.0).rank(List.of());
        assertThat(ranked.get(0).cause()).isEqualTo("a.x");
        assertThat(ranked.get(0).confidence()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void a_likelihood_ratio_multiplies_the_odds_as_bayes_says() {
        var ranked = new ConfidenceModel(EVEN, 1.0).rank(List.of(evidence("a.x", 4.0)));
        // prior odds 1:1, ratio 4 -> posterior odds 4:1 -> 0.8
        assertThat(ranked.get(0).confidence()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void independent_evidence_multiplies() {
        var ranked = new ConfidenceModel(EVEN, 1.0).rank(List.of(evidence("a.x", 3.0), evidence("a.x", 3.0)));
        assertThat(ranked.get(0).confidence()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void evidence_against_a_cause_lowers_it() {
        var ranked = new ConfidenceModel(EVEN, 1.0).rank(List.of(evidence("a.x", 0.25)));
        assertThat(ranked.get(0).cause()).isEqualTo("b.y");
        assertThat(ranked.get(0).confidence()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void a_family_prefix_applies_to_every_cause_under_it() {
        var ranked = new ConfidenceModel(Map.of("a.x", 1.0, "a.z", 1.0, "b.y", 1.0), 1.0).rank(List.of(evidence("a.*", 2.0)));
        assertThat(ranked).extracting(Assessment.Ranked::cause).startsWith("a.x", "a.z");
        assertThat(ranked.get(2).confidence()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void a_higher_temperature_softens_the_evidence() {
        var sharp = new ConfidenceModel(EVEN, 1.0).rank(List.of(evidence("a.x", 9.0)));
        var soft = new ConfidenceModel(EVEN, 2.0).rank(List.of(evidence("a.x", 9.0)));
        assertThat(soft.get(0).confidence()).isCloseTo(0.75, within(1e-9)).isLessThan(sharp.get(0).confidence());
    }

    @Test
    void confidences_sum_to_one_even_with_extreme_evidence() {
        var ranked = new ConfidenceModel(EVEN, 1.0).rank(List.of(evidence("a.x", 1e300), evidence("a.x", 1e300)));
        assertThat(ranked.stream().mapToDouble(Assessment.Ranked::confidence).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(ranked.get(0).confidence()).isBetween(0.0, 1.0);
    }
}
