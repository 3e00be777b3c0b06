package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.session.Sessions;

/** An agent confirming a case's cause and fixing step, from a page or the API: learned from, served at once. */
final class CaseConfirmation {
    private final Learning learning;
    private final LiveKnowledge live;
    private final CaseStore cases;
    private final Sessions sessions;
    private final CaseDetailBuilder details;

    CaseConfirmation(Learning learning, LiveKnowledge live, CaseStore cases, Sessions sessions, CaseDetailBuilder details) {
        this.learning = learning;
        this.live = live;
        this.cases = cases;
        this.sessions = sessions;
        this.details = details;
    }

    /** Confirms a case's cause and fixing step, learns from it, and serves the new priors at once on this instance. */
    void confirm(String id, String cause, String step, SignedInStaff login) {
        CaseRecord record = details.ensure(id);
        var state = sessions.get(id, null).session().state();
        learning.confirm(live.get().kb(), id,
                new Learning.Confirmation(cause, step, login.user().username(), state, record.topCause()));
        cases.take(id, login.user().username());
        live.refresh();
    }
}
