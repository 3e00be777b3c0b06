package com.invoicedoctor.cases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.Instant;
import java.util.List;

/** Cases as CSV (for a spreadsheet) and as flat rows for JSON; the same columns in both. */
public final class CaseExport {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private CaseExport() {
    }

    /** One case as an exported row. */
    @JsonPropertyOrder({"session", "code", "status", "audience", "lang", "agent", "created", "updated", "resolved", "interview",
            "topCause", "topConfidence", "questions", "confirmedCause", "fixedStep", "confirmedBy", "confirmedAt",
            "diagnosedCause", "kbVersion", "priorVersion", "endpoint", "probeFailed"})
    public record Row(String session, String code, String status, String audience, String lang, String agent,
                      String created, String updated, String resolved, String interview, String topCause,
                      Double topConfidence, int questions, String confirmedCause, String fixedStep, String confirmedBy,
                      String confirmedAt, String diagnosedCause, String kbVersion, int priorVersion, String endpoint,
                      boolean probeFailed) {
    }

    /** The rows of these cases. */
    public static List<Row> rows(List<CaseRecord> cases) {
        return cases.stream().map(CaseExport::row).toList();
    }

    /** These cases as CSV with a header line; cells that a spreadsheet would run as a formula are defused. */
    public static String csv(List<CaseRecord> cases) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(rows(cases));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the cases as CSV: " + e.getOriginalMessage(), e);
        }
    }

    private static Row row(CaseRecord c) {
        return new Row(c.sessionId(), c.code(), c.status().name(), c.audience(), c.lang(), cell(c.agent()), time(c.created()),
                time(c.updated()), time(c.resolvedAt()), c.interview(), c.topCause(), c.topConfidence(), c.questions(),
                c.confirmedCause(), c.fixedStep(), cell(c.confirmedBy()), time(c.confirmedAt()), c.diagnosedCause(),
                cell(c.kbVersion()), c.priorVersion(), cell(c.endpoint()), c.probeFailed());
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    /** A cell starting with =, +, - or @ would be a formula in a spreadsheet: prefix it with an apostrophe. */
    static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
