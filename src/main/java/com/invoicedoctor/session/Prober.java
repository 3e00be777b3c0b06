package com.invoicedoctor.session;

import com.invoicedoctor.probe.ProbeReport;
import java.net.URI;

/** Runs the probes against one configured invoice endpoint within the time budget. */
@FunctionalInterface
public interface Prober {
    /** Probes the endpoint; never takes longer than the budget of {@link Checks#BUDGET}. */
    ProbeReport probe(URI target);
}
