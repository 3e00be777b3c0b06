package com.invoicedoctor.knowledge;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A wording that real software prints, and the observations it reveals.
 *
 * @param id      stable id
 * @param regex   Java regular expression, matched case-insensitively anywhere in the pasted text
 * @param sets    observation id to value when it matches
 * @param origin  which software prints it and where the wording comes from
 */
public record ErrorPattern(String id, String regex, Map<String, String> sets, String origin) implements Serializable {

    public ErrorPattern {
        sets = sets == null ? Map.of() : Map.copyOf(sets);
    }

    /** The compiled expression. */
    public Pattern compiled() {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
