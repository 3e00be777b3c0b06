package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one probe run found about an invoice endpoint.
 *
 * @param target       the endpoint probed
 * @param observations facts for the rules, each with its measurement as detail
 * @param results      one line per probe, in a fixed order
 * @param ms           how long the whole run took
 */
public record ProbeReport(URI target, List<Observation> observations, List<ProbeResult> results, long ms) {

    public ProbeReport {
        observations = List.copyOf(observations);
        results = List.copyOf(results);
    }

    /** The report without the observations this knowledge base does not define or whose value it does not take. */
    public ProbeReport definedIn(KnowledgeBase kb) {
        return new ProbeReport(target, observations.stream().filter(o -> kb.observation(o.id())
                .filter(def -> def.accepts(o.value())).isPresent()).toList(), results, ms);
    }

    /** Observation id to value, the shape that POST /api/sessions/{id}/facts takes. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        observations.forEach(o -> facts.put(o.id(), o.value()));
        return facts;
    }
}
