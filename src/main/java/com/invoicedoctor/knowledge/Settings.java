package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * Knowledge-base-wide settings from kb.yaml.
 *
 * @param normalShare     how likely an answer is to be the observation's normal value before any evidence
 * @param almostCertainFrom from this confidence a diagnosis is called "almost certain" in words
 * @param likelyFrom      from this confidence "likely"; below it "a guess"
 * @param otherActorWords words that name someone other than the customer (网管, technician, ISP …): a step for the
 *                        customer must not contain them, since the customer cannot do what another person does
 */
public record Settings(String version, double stopThreshold, double temperature, Double normalShare,
                       Double answerErrorRate, Double checkErrorRate, List<Double> knownShare, Double worthAsking,
                       Double almostCertainFrom,
                       Double likelyFrom, List<String> otherActorWords) implements Serializable {

    public Settings {
        otherActorWords = otherActorWords == null ? List.of() : List.copyOf(otherActorWords);
    }

    /** How sure a confidence is, in words: almost-certain, likely or guess. */
    public String confidenceWord(double confidence) {
        if (confidence >= (almostCertainFrom == null ? stopThreshold : almostCertainFrom)) {
            return "almost-certain";
        }
        return confidence >= (likelyFrom == null ? 0.5 : likelyFrom) ? "likely" : "guess";
    }

    /**
     * How often a question of this cost gets an answer at all rather than "I don't know" ({@code knownShare}, one
     * share per cost from 1; a cost beyond the list takes the last). 1 when not set.
     */
    public double knownShare(int cost) {
        if (knownShare == null || knownShare.isEmpty()) {
            return 1;
        }
        return knownShare.get(Math.max(0, Math.min(cost, knownShare.size()) - 1));
    }

    /** The least a question must be expected to tell (bits, "I don't know" counted in) to be asked; 0.01 when not set. */
    public double worthAskingOrDefault() {
        return worthAsking == null ? 0.01 : worthAsking;
    }

    /** How often a check staff ran (a helpdesk question) is misread; the answer error rate when not set. */
    public double checkErrorRateOrDefault() {
        return checkErrorRate == null ? answerErrorRateOrDefault() : checkErrorRate;
    }

    /** How often a person's answer is wrong; 0 when not set. */
    public double answerErrorRateOrDefault() {
        return answerErrorRate == null ? 0 : answerErrorRate;
    }

    /** The normal share, 0.5 (no expectation) when not set. */
    public double normalShareOrDefault() {
        return normalShare == null ? 0.5 : normalShare;
    }
}
