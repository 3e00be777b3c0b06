package com.invoicedoctor.knowledge;

/**
 * Knowledge-base-wide settings from kb.yaml.
 *
 * @param normalShare how likely an answer is to be the observation's normal value before any evidence
 */
public record Settings(String version, double stopThreshold, double temperature, Double normalShare,
                       Double answerErrorRate, Double checkErrorRate, Double unknownShare) {

    /**
     * How often a question about something not {@code evident} gets "I don't know"; the question choice expects
     * that much less from such a question. 0 when not set.
     */
    public double unknownShareOrDefault() {
        return unknownShare == null ? 0 : unknownShare;
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
