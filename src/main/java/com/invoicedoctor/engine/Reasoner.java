package com.invoicedoctor.engine;

import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the rules over observations and ranks the causes. Thread-safe: each call has its own rule session. */
public final class Reasoner {
    private final KnowledgeBase kb;
    private final ConfidenceModel model;
    private final double temperature;
    private final double answerError;
    private final double checkError;

    /** A reasoner with the knowledge base's own priors. */
    public Reasoner(KnowledgeBase kb) {
        this(kb, priorsOf(kb));
    }

    /** A reasoner with the given priors (for example priors learned from confirmed cases). */
    public Reasoner(KnowledgeBase kb, Map<String, Double> priors) {
        this(kb, priors, kb.settings().temperature());
    }

    /** A reasoner with the given priors and temperature (the benchmark tries other temperatures). */
    public Reasoner(KnowledgeBase kb, Map<String, Double> priors, double temperature) {
        this(kb, priors, temperature, kb.settings().answerErrorRateOrDefault());
    }

    /** A reasoner with the given answer error rate; checks staff ran keep kb.yaml's rate. */
    public Reasoner(KnowledgeBase kb, Map<String, Double> priors, double temperature, double answerError) {
        this(kb, priors, temperature, answerError, kb.settings().checkErrorRateOrDefault());
    }

    /** A reasoner with every parameter of the confidence model given (the benchmark tries others). */
    public Reasoner(KnowledgeBase kb, Map<String, Double> priors, double temperature, double answerError,
                    double checkError) {
        this.kb = kb;
        this.temperature = temperature;
        this.answerError = answerError;
        this.checkError = checkError;
        this.model = new ConfidenceModel(priors, temperature, answerError, checkError);
    }

    /** The temperature of the confidence model. */
    public double temperature() {
        return temperature;
    }

    /**
     * Whether the other reasoner weighs every piece of evidence as this one does (same knowledge, temperature
     * and error rates): then a hypothetical answer changes the scores alike under both, whatever the priors.
     */
    public boolean weighsEvidenceLike(Reasoner other) {
        return other.kb == kb && other.temperature == temperature && other.answerError == answerError
                && other.checkError == checkError;
    }

    /** The knowledge base's priors by cause id. */
    public static Map<String, Double> priorsOf(KnowledgeBase kb) {
        Map<String, Double> priors = new LinkedHashMap<>();
        for (Cause c : kb.causes()) {
            priors.put(c.id(), c.prior());
        }
        return priors;
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    /** Ranks the causes for the given observations. */
    public Assessment assess(Collection<Observation> observations) {
        try (RuleSession session = open(observations)) {
            return session.assess();
        }
    }

    /** Opens a rule session that can take hypothetical answers (for choosing the next question). */
    public RuleSession open(Collection<Observation> observations) {
        RuleSession session = new RuleSession(kb.rules().kieBase().newKieSession(), model);
        observations.forEach(session::put);
        return session;
    }
}
