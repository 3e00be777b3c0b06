package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfContextTest {
    @TempDir
    Path tmp;

    @Test
    void an_answer_matters_only_through_the_facts_its_rules_name() {
        WhatIfContext context = new WhatIfContext(Fixture.fixture());
        // the power-cut rule names nothing else: no other answer changes what a power-cut answer does
        assertThat(context.matters("server.power-cut", "server.power-cut")).isTrue();
        assertThat(context.matters("server.power-cut", "net.dns.ms")).isFalse();
    }

    @Test
    void a_value_that_contains_the_letters_id_does_not_make_a_pattern_name_an_id() {
        // this pattern names no id, so it matches every observation: every fact becomes context
        WhatIfContext context = new WhatIfContext(Fixture.fixtureWith(tmp, """
                rule "any observation answered 'invalid' weakly points to the server software"
                    @zh("任何观察答了“invalid”,略微指向服务端软件")
                when
                    Observation(value == "invalid")
                then
                    insertLogical(Evidence.of(kcontext, "server.software", 1.5));
                end
                """));
        assertThat(context.matters("server.power-cut", "net.dns.ms")).isTrue();
    }
}
