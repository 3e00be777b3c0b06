package com.invoicedoctor.knowledge;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import java.util.ArrayList;
import java.util.List;

/** What a rule test measures: how much one told fact multiplies a cause's confidence, on top of some context facts. */
final class ConfidenceShift {
    private ConfidenceShift() {
    }

    static double of(Reasoner reasoner, String cause, Observation added, Observation... context) {
        List<Observation> before = List.of(context);
        List<Observation> after = new ArrayList<>(before);
        after.add(added);
        return reasoner.assess(after).confidence(cause) / reasoner.assess(before).confidence(cause);
    }
}
