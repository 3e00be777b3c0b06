package com.invoicedoctor.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A filter over cases; null fields do not filter.
 *
 * @param cause  a cause id, or a prefix ending in "." (server.), matched against the leading and the confirmed cause
 * @param from   first day of creation (in {@code zone}), inclusive
 * @param to     last day of creation (in {@code zone}), inclusive
 * @param text   a hand-off code, the start of a session id, or words from the notes
 * @param zone   the time zone whose days {@code from} and {@code to} are; null for UTC
 */
public record CaseQuery(CaseStatus status, String cause, String agent, LocalDate from, LocalDate to, String text,
                        int limit, int offset, ZoneId zone) {

    /** A query whose days are UTC days. */
    public CaseQuery(CaseStatus status, String cause, String agent, LocalDate from, LocalDate to, String text,
                     int limit, int offset) {
        this(status, cause, agent, from, to, text, limit, offset, null);
    }

    /** The same query with its days in this time zone. */
    public CaseQuery withZone(ZoneId other) {
        return new CaseQuery(status, cause, agent, from, to, text, limit, offset, other);
    }

    /** The same query with another page size. */
    public CaseQuery withLimit(int other) {
        return new CaseQuery(status, cause, agent, from, to, text, other, offset, zone);
    }

    /** The time zone of the days, UTC when none is set. */
    public ZoneId zoneOrUtc() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

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
