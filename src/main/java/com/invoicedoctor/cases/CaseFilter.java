package com.invoicedoctor.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A case query as an SQL WHERE clause with its parameters (portable SQL, no string values spliced in). */
record CaseFilter(String where, List<Object> params) {
    /** A case worth an agent's look: an answer, a fact, a hand-off code or an agent already on it. */
    static final String WORTH_LISTING = "(questions > 0 OR facts > 0 OR code IS NOT NULL OR agent IS NOT NULL)";

    static CaseFilter of(CaseQuery q) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        terms.add(WORTH_LISTING);
        if (q.status() != null) {
            terms.add("status = ?");
            params.add(q.status().name());
        }
        if (q.cause() != null && !q.cause().isBlank()) {
            String cause = q.cause().trim();
            if (cause.endsWith(".")) {
                terms.add("(top_cause LIKE ? OR confirmed_cause LIKE ?)");
                String like = escape(cause) + "%";
                params.add(like);
                params.add(like);
            } else {
                terms.add("(top_cause = ? OR confirmed_cause = ?)");
                params.add(cause);
                params.add(cause);
            }
        }
        if (q.agent() != null && !q.agent().isBlank()) {
            terms.add("agent = ?");
            params.add(q.agent().trim().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            terms.add("created_at >= ?");
            params.add(q.from().atStartOfDay(q.zoneOrUtc()).toInstant());
        }
        if (q.to() != null) {
            terms.add("created_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(q.zoneOrUtc()).toInstant());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().trim();
            String code = CaseCodes.normalise(text);
            terms.add("(code = ? OR session_id LIKE ? OR top_cause LIKE ? OR confirmed_cause LIKE ? "
                    + "OR session_id IN (SELECT n.session_id FROM case_notes n WHERE LOWER(n.text) LIKE ?))");
            params.add(code == null ? "" : code);
            params.add(escape(text) + "%");
            params.add("%" + escape(text) + "%");
            params.add("%" + escape(text) + "%");
            params.add("%" + escape(text.toLowerCase(Locale.ROOT)) + "%");
        }
        return new CaseFilter(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
    }

    /** LIKE wildcards typed by a person are matched literally (both H2 and PostgreSQL use \ as escape by default). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
