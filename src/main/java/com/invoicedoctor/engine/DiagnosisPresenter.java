package com.invoicedoctor.engine;

import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.SolutionStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an assessment into diagnoses in one language, with solutions and the reasons behind each. */
public final class DiagnosisPresenter {
    /** Causes below this confidence are not worth showing. */
    static final double SHOWN_FROM = 0.01;

    private final KnowledgeBase kb;

    public DiagnosisPresenter(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The leading diagnoses, at most {@code max}, highest confidence first. */
    public List<Diagnosis> present(Assessment assessment, Lang lang, int max) {
        List<Diagnosis> list = new ArrayList<>();
        for (Assessment.Ranked r : assessment.ranking()) {
            if (list.size() >= max || (!list.isEmpty() && r.confidence() < SHOWN_FROM)) {
                break;
            }
            list.add(present(r, lang));
        }
        return list;
    }

    /** One ranked cause as a diagnosis. */
    public Diagnosis present(Assessment.Ranked r, Lang lang) {
        Cause cause = kb.cause(r.cause()).orElseThrow();
        List<Diagnosis.Step> steps = cause.solutions().stream().map(s -> step(s, lang)).toList();
        List<Diagnosis.Reason> because = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            because.add(new Diagnosis.Reason(e.rule(), ruleText(e.rule(), lang), e.ratio(),
                    e.ratio() > 1 ? "for" : "against", facts(e.basis(), lang)));
        }
        because.sort((a, b) -> Double.compare(Math.abs(Math.log(b.ratio())), Math.abs(Math.log(a.ratio()))));
        return new Diagnosis(cause.id(), round(r.confidence()), cause.title().in(lang), cause.family(),
                cause.description().in(lang), steps, because);
    }

    /** A rule's sentence in the given language. */
    public String ruleText(String rule, Lang lang) {
        return lang == Lang.zh ? kb.rules().chineseName(rule) : rule;
    }

    /** A solution step in the given language. */
    public static Diagnosis.Step step(SolutionStep s, Lang lang) {
        return new Diagnosis.Step(s.id(), s.who().name(), s.minutes(), s.risk().name(), s.kind().name(), s.text().in(lang));
    }

    /** The observations under a rule's matched facts, following findings down to what they rest on. */
    List<Diagnosis.Fact> facts(List<Object> basis, Lang lang) {
        Map<String, Diagnosis.Fact> facts = new LinkedHashMap<>();
        for (Observation obs : Basis.observations(basis)) {
            String title = kb.observation(obs.id()).map(d -> d.title().in(lang)).orElse(obs.id());
            facts.putIfAbsent(obs.id(), new Diagnosis.Fact(obs.id(), title, obs.value(), obs.source().name(), obs.detail()));
        }
        return List.copyOf(facts.values());
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
