package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseRecorder;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.cases.Dashboard;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.cases.Jdbc;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.cases.LiveKnowledge;
import com.invoicedoctor.cases.Regression;

/**
 * The helpdesk's services over one database: staff accounts and sign-ins, cases and their notes, learning,
 * incidents, the knowledge regression and the dashboard, around the live knowledge.
 */
public record Helpdesk(Jdbc db, LiveKnowledge live, StaffAccounts accounts, StaffLogins logins, CaseStore cases,
                       CaseNotes notes, Learning learning, Incidents incidents, Regression regression,
                       Dashboard dashboard, CaseRecorder recorder) {

    /** Builds every service on the database; {@code bcryptStrength} is 12 in production, 4 in tests. */
    public static Helpdesk open(Jdbc db, LiveKnowledge live, IncidentPolicy policy, int bcryptStrength) {
        CaseStore cases = new CaseStore(db);
        Incidents incidents = new Incidents(db, policy);
        return new Helpdesk(db, live, new StaffAccounts(db, new Passwords(bcryptStrength)), new StaffLogins(db), cases,
                new CaseNotes(db), new Learning(db), incidents, new Regression(db), new Dashboard(db),
                new CaseRecorder(cases, live, incidents));
    }
}
