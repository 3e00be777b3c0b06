package com.invoicedoctor.web;

import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.session.CheckJob;
import com.invoicedoctor.session.SessionChecks;
import java.time.Instant;
import java.util.List;

/**
 * A session as the API returns it and the pages show it, in one language.
 *
 * @param question the question to answer next, null when the interview is done
 * @param outcome  asking, confident, exhausted, fixed or escalate
 * @param answers  the answers so far, in the order given, with the question's text
 * @param facts    every fact the diagnosis rests on, with where it came from
 * @param steps    solution steps offered, cheapest-likely-first, tried ones last
 * @param pivots   per leading cause, the open answer that would change it most
 * @param findings intermediate conclusions the rules drew (technical detail)
 * @param added    facts the latest change added (from an error text, checks or posted facts)
 * @param left     the questions still expected: low to high, capped after a step that did not help
 * @param sureness how sure the leading diagnosis is, in words: almost-certain, likely or guess
 */
public record SessionView(String id, String audience, String lang, String status, String knowledgeVersion,
                          Instant created, Instant updated, QuestionView question, boolean done, String outcome,
                          String outcomeText, List<Diagnosis> diagnoses, List<AnswerView> answers, List<FactView> facts,
                          List<StepView> steps, List<PivotView> pivots, List<FindingView> findings, String notes,
                          SessionChecks checks, CheckJob checkJob, List<FactView> added,
                          com.invoicedoctor.interview.Turn.QuestionsLeft left, String sureness) {

    /** The steps not tried yet, in the order to try them. */
    public List<StepView> openSteps() {
        return steps.stream().filter(s -> s.tried() == null).toList();
    }

    /** The steps tried, fixed or not. */
    public List<StepView> triedSteps() {
        return steps.stream().filter(s -> s.tried() != null).toList();
    }

    /** The steps that fixed it (at most one in practice). */
    public List<StepView> fixedSteps() {
        return steps.stream().filter(s -> "fixed".equals(s.tried())).toList();
    }

    /** A question with its options; "unknown" is always the last option. */
    public record QuestionView(String id, String text, String kind, String unit, List<OptionView> options, String why) {
    }

    /** One possible answer. */
    public record OptionView(String value, String label) {
    }

    /** An answer given, with what was asked; options let staff change it. */
    public record AnswerView(String question, String text, String answer, String label, String kind,
                             List<OptionView> options) {
    }

    /**
     * A fact with its provenance (answer, probe, errorText, repair) and the values it may be corrected to;
     * {@code internal} when it only tells the rules how a reading weighed itself (the pages leave it out).
     */
    public record FactView(String id, String title, String value, String label, String source, String detail,
                           boolean collected, List<OptionView> options, boolean internal) {
    }

    /** A solution step offered, with its cause and whether it was tried (fixed, failed or null). */
    public record StepView(String id, String cause, String causeTitle, String text, String who, int minutes,
                           String risk, String kind, String tried) {
    }

    /** The one answer that would change a cause most, as a sentence. */
    public record PivotView(String cause, String question, String answer, double confidenceIfSo, String leaderIfSo,
                            String text) {
    }

    /** An intermediate conclusion of the rules. */
    public record FindingView(String id, String title, String rule) {
    }
}
