package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.engine.Diagnosis;
import java.util.List;

/**
 * A case as an agent works it: the case, everything the customer answered and the facts collected, the next
 * question for helpdesk staff (never one already answered), the diagnoses, and the notes.
 *
 * @param question the next question for staff, null when the interview is done
 * @param outcome  asking, confident, exhausted, fixed or escalate
 */
public record CaseDetail(CaseRecord record, String spokenCode, List<AnswerLine> answers, List<FactLine> facts,
                         QuestionLine question, boolean done, String outcome, List<Diagnosis> diagnoses,
                         List<CaseNotes.Note> notes, String sessionNotes, List<CauseOption> causes) {

    /** An answer given: the question asked and the answer with its label. */
    public record AnswerLine(String question, String text, String answer, String label) {
    }

    /** A fact collected by a probe, an error text or a correction, with its provenance. */
    public record FactLine(String id, String title, String value, String source, String detail) {
    }

    /** The next question with its options ("unknown" last) and why it is asked. */
    public record QuestionLine(String id, String text, List<Option> options, String why) {
    }

    /** One answer option. */
    public record Option(String value, String label) {
    }

    /** A cause an agent can confirm, with the solution steps that can have fixed it. */
    public record CauseOption(String id, String title, List<Option> steps) {
    }
}
