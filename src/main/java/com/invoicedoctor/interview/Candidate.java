package com.invoicedoctor.interview;

import com.invoicedoctor.knowledge.Question;
import java.util.Map;

/**
 * A question the interview could ask next, with what each answer would lead to.
 *
 * @param gain      expected reduction of the diagnosis' entropy, in bits
 * @param score     gain per unit of cost, used for the choice
 * @param outcomes  answer value to the diagnosis the rules give for it
 * @param chance    answer value to its predicted probability
 */
public record Candidate(Question question, double gain, double score, Map<String, WhatIfDiagnosis> outcomes,
                        Map<String, Double> chance) {
}
