package com.invoicedoctor.cases;

import java.time.LocalDate;

/**
 * A filter over cases; null fields do not filter.
 *
 * @param cause  a cause id, or a prefix ending in "." (server.), matched against the leading and the confirmed cause
 * @param from   first day of creation (UTC), inclusive
 * @param to     last day of creation (UTC), inclusive
 * @param text   a hand-off code, the start of a session id, or words from the notes
 */
public record CaseQuery(CaseStatus status, String cause, String agent, LocalDate from, LocalDate to, String text,
                        int limit, int offset) {

    /** At most this many cases per page. */
    public static final int MAX_LIMIT = 500;

    public CaseQuery {
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    /** Every case, newest first, one page. */
    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, 50, 0);
    }
}
