package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void a_threshold_is_found_whatever_the_order_of_the_constraints(@TempDir Path tmp) {
        NumberSamples samples = new NumberSamples(Fixture.fixtureWith(tmp, """
                rule "a very slow name lookup points to DNS"
                    @zh("域名解析非常慢,指向 DNS")
                when
                    Observation(number > 900, id == "net.dns.ms")
                then
                    insertLogical(Evidence.of(kcontext, "network.config.dns", 2.0));
                end
                """));
        assertThat(samples.of("net.dns.ms")).containsExactly("250", "700", "1350");
    }
}
