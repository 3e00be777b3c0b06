package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import org.junit.jupiter.api.Test;

class NumberSamplesTest {

    @Test
    void a_numeric_observation_gets_one_value_on_each_side_of_every_threshold_the_rules_use() {
        // the fixture's only numeric rule: net.dns.ms > 500
        NumberSamples samples = new NumberSamples(Fixture.fixture());
        assertThat(samples.of("net.dns.ms")).containsExactly("250", "750");
    }

    @Test
    void an_observation_no_rule_compares_has_no_samples() {
        assertThat(new NumberSamples(Fixture.fixture()).of("net.dns.resolves")).isEmpty();
    }
}
