package com.invoicedoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.Question;
import com.invoicedoctor.knowledge.Question.Audience;
import org.junit.jupiter.api.Test;

/** A helpdesk check that stands in for a customer question keeps a helpdesk session from asking the same thing twice. */
class StandInTest {
    private final Interviewer interviewer = new Interviewer(new Reasoner(Fixture.product()));

    @Test
    void a_helpdesk_session_runs_the_quota_check_instead_of_asking_the_caller() {
        assertThat(interviewer.askable(CaseState.start(Audience.helpdesk))).extracting(Question::id)
                .contains("hd-quota").doesNotContain("quota-enough");
        assertThat(interviewer.askable(CaseState.start(Audience.helpdesk).answer("hd-quota", "yes"))).extracting(Question::id)
                .doesNotContain("quota-enough", "hd-quota");
    }

    @Test
    void the_caller_is_not_asked_the_same_thing_right_after_the_check_could_not_be_run() {
        assertThat(interviewer.askable(CaseState.start(Audience.helpdesk).answer("hd-quota", "unknown"))).extracting(Question::id)
                .doesNotContain("quota-enough", "hd-quota");
    }

    @Test
    void a_customer_session_gets_the_plain_question() {
        assertThat(interviewer.askable(CaseState.start(Audience.customer))).extracting(Question::id)
                .contains("quota-enough").doesNotContain("hd-quota");
    }
}
