package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseNotes;
import com.invoicedoctor.cases.CaseRecord;
import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.session.PastedText;
import com.invoicedoctor.session.StepReport;
import java.util.List;

/**
 * A case as an agent works it: the case, everything the customer answered and the facts collected, the next
 * question for helpdesk staff (never one already answered), the diagnoses, and the notes.
 *
 * @param question    the next question for staff, null when the interview is done
 * @param outcome     asking, confident, exhausted, fixed or escalate
 * @param texts       the words the person pasted or typed, as given (cut at {@link PastedText#MAX_CHARS})
 * @param steps       the solution steps in the order to try them, then any other step the person reported on
 * @param presetCause what the closing form proposes: the cause of the step reported fixed, else the leading cause
 * @param presetStep  what the closing form proposes: the step reported fixed (last such report), else none
 */
public record CaseDetail(CaseRecord record, String spokenCode, List<AnswerLine> answers, List<FactLine> facts,
                         QuestionLine question, boolean done, String outcome, List<Diagnosis> diagnoses,
                         List<CaseNotes.Note> notes, String sessionNotes, List<CauseOption> causes,
                         List<PastedText> texts, List<StepLine> steps, String presetCause, String presetStep) {

    /**
     * A solution step as the agent reads it out, with what the person reported about it.
     *
     * @param whoLabel who carries it out, in the staff's words
     * @param rank    its place in the order to try (1 first), 0 when the interview no longer offers it
     * @param outcome the latest report (fixed or failed), null when not tried
     * @param reports every report, oldest first, with its time
     */
    public record StepLine(String id, String cause, String causeTitle, String text, String who, String whoLabel, int minutes, int rank,
                           String outcome, List<StepReport> reports) {
    }

    /** An answer given: the question asked and the answer with its label. */
    public record AnswerLine(String question, String text, String answer, String label) {
    }

    /**
     * A fact collected by a probe, an error text or a correction, with its provenance.
     *
     * @param valueLabel  the value as staff read it (a cause's title when the value is a cause)
     * @param sourceLabel where it came from, in the staff's words
     */
    public record FactLine(String id, String title, String value, String source, String detail, String valueLabel,
                           String sourceLabel) {
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
