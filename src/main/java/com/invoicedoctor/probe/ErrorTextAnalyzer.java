package com.invoicedoctor.probe;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.ErrorPattern;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a pasted error text with the knowledge base's patterns and reports what it reveals. */
public final class ErrorTextAnalyzer {
    /** Longest text analysed; anything longer is refused rather than silently cut. */
    public static final int MAX_CHARS = 20_000;
    private static final int SPAN_CHARS = 160;

    private final List<Compiled> patterns;

    public ErrorTextAnalyzer(KnowledgeBase kb) {
        this.patterns = kb.errorPatterns().stream()
                .map(p -> new Compiled(p, p.compiled(), RequiredWords.of(p.regex()).orElse(null))).toList();
    }

    /**
     * The observations the text reveals, each with the matched span as its provenance. When two
     * patterns set the same observation, the first in file order wins.
     *
     * @throws IllegalArgumentException when the text is longer than {@link #MAX_CHARS}
     */
    public List<Observation> analyse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the error text has " + text.length() + " characters; at most " + MAX_CHARS + " are read");
        }
        List<Observation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Compiled c : patterns) {
            if (!c.mayMatch(lower)) {
                continue;
            }
            Matcher m = c.regex().matcher(text);
            if (!m.find()) {
                continue;
            }
            String span = shorten(c.hasSpan() ? m.group("span") : m.group());
            c.pattern().sets().forEach((obs, value) -> {
                if (seen.add(obs)) {
                    found.add(Observation.of(obs, value, Observation.Source.errorText, c.pattern().id() + ": \"" + span + "\""));
                }
            });
        }
        return found;
    }

    /** Long matches are cut for the provenance; the observation stays the same. */
    private static String shorten(String span) {
        String oneLine = span.strip().replaceAll("\\s+", " ");
        return oneLine.length() > SPAN_CHARS ? oneLine.substring(0, SPAN_CHARS) + "…" : oneLine;
    }

    /**
     * A pattern may name the part worth quoting as provenance with a group {@code (?<span>…)}.
     *
     * @param required words one of which every match holds (lower case), or null when they cannot be told
     */
    private record Compiled(ErrorPattern pattern, Pattern regex, List<String> required) {
        boolean mayMatch(String lowerText) {
            if (required == null) {
                return true;
            }
            for (String word : required) {
                if (lowerText.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasSpan() {
            return pattern.regex().contains("(?<span>");
        }
    }
}
