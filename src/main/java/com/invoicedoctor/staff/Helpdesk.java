package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseRecorder;
import com.invoicedoctor.cases.CaseRecorderQueue;
import com.invoicedoctor.cases.CaseStore;
import com.invoicedoctor.cases.Dashboard;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.cases.Incidents;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.cases.KnowledgeReplay;
import com.invoicedoctor.db.Database;
import java.time.ZoneId;

/**
 * The helpdesk's services over one database: staff accounts and sign-ins (with the sign-in counts and log), cases
 * and their notes, learning,
 * incidents, the knowledge regression and the dashboard, around the live knowledge. Session changes reach the case
 * list through {@code recorderQueue}, off the request; {@code recorder} records at once (a case staff open now).
 */
public record Helpdesk(Database db, LiveKnowledge live, StaffAccounts accounts, SignIns logins,
                       SignInThrottle signInThrottle, SignInEvents signInEvents, CaseStore cases,
                       CaseNotes notes, Learning learning, Incidents incidents, KnowledgeReplay regression,
                       Dashboard dashboard, CaseRecorder recorder, CaseRecorderQueue recorderQueue, ZoneId zone) {
    /** Where the helpdesk works unless configured otherwise (its users are in mainland China). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** Builds every service on the database, staff times in {@link #DEFAULT_ZONE}. */
    public static Helpdesk open(Database db, LiveKnowledge live, IncidentPolicy policy, int bcryptStrength) {
        return open(db, live, policy, bcryptStrength, DEFAULT_ZONE);
    }

    /**
     * Builds every service on the database; {@code bcryptStrength} is 12 in production, 4 in tests; staff pages, the
     * dashboard's days and the CSV export show times in {@code zone} (the JSON API stays in UTC).
     */
    public static Helpdesk open(Database db, LiveKnowledge live, IncidentPolicy policy, int bcryptStrength, ZoneId zone) {
        CaseStore cases = new CaseStore(db);
        Incidents incidents = new Incidents(db, policy);
        CaseRecorder recorder = new CaseRecorder(cases, live, incidents);
        return new Helpdesk(db, live, new StaffAccounts(db, new Passwords(bcryptStrength)), new SignIns(db),
                new SignInThrottle(db, SignInThrottle.Policy.defaults()), new SignInEvents(db), cases,
                new CaseNotes(db), new Learning(db), incidents, new KnowledgeReplay(db), new Dashboard(db),
                recorder, new CaseRecorderQueue(recorder), zone);
    }
}
