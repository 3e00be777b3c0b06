package com.invoicedoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-off codes: digits only, read out in two groups, typed back in any grouping, and room for a million cases. */
class CaseCodesTest {

    @Test
    void a_code_is_eight_digits_spoken_in_two_groups_of_four() {
        String code = CaseCodes.next();
        assertThat(code).matches("[0-9]{8}");
        assertThat(CaseCodes.spoken("30715926")).isEqualTo("3071 5926");
    }

    @Test
    void an_agent_may_type_it_with_spaces_or_dashes_and_an_earlier_letter_code_still_works() {
        assertThat(CaseCodes.normalise(" 3071-5926 ")).isEqualTo("30715926");
        assertThat(CaseCodes.normalise("3071 592")).isNull();
        assertThat(CaseCodes.normalise("3071 59OI")).isNull();
        assertThat(CaseCodes.normalise("k7m-4qx")).isEqualTo("K7M4QX");
    }

    /**
     * A million live codes drawn the way the store draws them (again while taken): every one is unique, and the
     * draws needed stay near one each, far from the store's limit of 10 per code.
     */
    @Test
    void a_million_live_codes_are_drawn_without_a_collision() {
        Set<String> live = new HashSet<>(2_000_000);
        long draws = 0;
        int most = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int tries = 0;
            String code;
            do {
                code = CaseCodes.next();
                tries++;
            } while (!live.add(code));
            draws += tries;
            most = Math.max(most, tries);
        }
        assertThat(live).hasSize(1_000_000);
        assertThat(draws / 1_000_000.0).isLessThan(1.01);
        assertThat(most).isLessThan(10);
    }
}
