package com.invoicedoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A fact's value is also read as a number when, and only when, Java reads it as one. */
class ObservationTest {

    @Test
    void a_value_is_a_number_exactly_when_java_reads_it_as_one() {
        for (String value : List.of("612", " 612 ", "-1.5", "+.5", ".5", "1e3", "12f", "0x1p3", "NaN", "-Infinity", "Infinity",
                "yes", "no", "timeout", "", " ", "+", "-", "Nope", "Inf", "N", "I", "1,000", "12 ms", "n/a", "二")) {
            Double java;
            try {
                java = Double.valueOf(value.trim());
            } catch (NumberFormatException e) {
                java = null;
            }
            assertThat(Observation.of("x", value, Observation.Source.answer, null).number()).as(value).isEqualTo(java);
        }
        assertThat(Observation.answered("net.dns.ms", "2000").number()).isEqualTo(2000.0);
        assertThat(Observation.answered("net.dns.ms", "slow").number()).isNull();
        assertThat(Observation.answered("net.dns.ms", null).number()).isNull();
    }
}
