package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ErrorTextAnalyzer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a person's own words tell, in three layers: the phrases of their description; any error message
 * quoted in it, which is read as one and wins where both tell the same fact (the software's wording is more
 * exact); and, weakest, which causes the whole text reads most like ({@link CauseResemblance}).
 */
public final class Description {
    private final DescriptionReader phrases;
    private final ErrorTextAnalyzer errorTexts;
    private final CauseResemblance resemblance;
    /** The facts the term lexicon gives (knowledge-base/lexicon/: every entry sets a term.* observation). */
    private static final String TERM_PREFIX = "term.";

    public Description(KnowledgeBase kb) {
        this(kb, new ErrorTextAnalyzer(kb));
    }

    public Description(KnowledgeBase kb, ErrorTextAnalyzer errorTexts) {
        this(new DescriptionReader(kb), errorTexts, new CauseResemblance(kb));
    }

    public Description(DescriptionReader phrases, ErrorTextAnalyzer errorTexts, CauseResemblance resemblance) {
        this.phrases = phrases;
        this.errorTexts = errorTexts;
        this.resemblance = resemblance;
    }

    /** The same reading with another resemblance (the bench leaves the scenario being run out of it). */
    public Description with(CauseResemblance other) {
        return new Description(phrases, errorTexts, other);
    }

    /**
     * The facts the text states, phrases first.
     *
     * @throws IllegalArgumentException when the text is longer than {@link DescriptionReader#MAX_CHARS}
     */
    public List<Observation> read(String text) {
        return read(text, "");
    }

    /**
     * The facts the text states; what it reads like is weighed on {@code earlier} and the text together (an answer in
     * the person's own words, with the description they began with: the whole of what they told).
     */
    public List<Observation> read(String text, String earlier) {
        Map<String, Observation> facts = new LinkedHashMap<>();
        DescriptionReader.Read read = phrases.readAll(text);
        read.facts().forEach(o -> facts.put(o.id(), o));
        // an error message quoted in a description is read by its patterns (whole wordings) in all the person stated,
        // not in their questions and guesses, and by the term lexicon only where no phrase understood the clause; the
        // classifier of error texts is left out, since the resemblance below is the description's own weakest layer
        errorTexts.analyse(read.telling(), EnumSet.of(ErrorTextAnalyzer.Layer.PATTERN)).forEach(o -> facts.put(o.id(), o));
        // the terms are read in one pass with the patterns, so that a word a pattern matched is not a term too ("不丢包"
        // is no loss, not a word of congestion); of that pass only the terms are kept (the patterns were read above),
        // so the patterns run there only when the text holds a term, and write nothing
        errorTexts.analyse(read.unread(), EnumSet.of(ErrorTextAnalyzer.Layer.PATTERN, ErrorTextAnalyzer.Layer.TERM),
                id -> id.startsWith(TERM_PREFIX)).forEach(o -> facts.putIfAbsent(o.id(), o));
        List<String> words = read.words();
        if (earlier != null && !earlier.isBlank()) {
            words = phrases.words(earlier);
            words.addAll(read.words());
        }
        resemblance.of(words).forEach(o -> facts.put(o.id(), o));
        return List.copyOf(facts.values());
    }
}
