package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoicedoctor.Fixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsTest {

    @Test
    void unknown_values_are_left_out_and_change_nothing() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("net.dns.resolves", "unknown");
        facts.put("net.dns.ms", 120);
        var parsed = Facts.parse(facts, Fixture.fixture(), Observation.Source.answer, "test");
        assertThat(parsed).extracting(Observation::id).containsExactly("net.dns.ms");
        assertThat(parsed.get(0).number()).isEqualTo(120.0);
    }

    @Test
    void an_unknown_observation_is_refused_by_name() {
        assertThatThrownBy(() -> Facts.parse(Map.of("net.nonsense", "yes"), Fixture.fixture(), Observation.Source.answer, "t"))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("unknown observation 'net.nonsense'");
    }

    @Test
    void a_value_that_does_not_fit_says_what_would() {
        assertThatThrownBy(() -> Facts.parse(Map.of("net.dns.resolves", "maybe"), Fixture.fixture(), Observation.Source.answer, "t"))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("expected yes, no or unknown");
        assertThatThrownBy(() -> Facts.parse(Map.of("net.dns.ms", "fast"), Fixture.fixture(), Observation.Source.answer, "t"))
                .hasMessageContaining("expected a number of 0 or more (ms)");
    }
}
