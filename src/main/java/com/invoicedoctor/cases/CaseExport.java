package com.invoicedoctor.cases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Cases as flat rows for the JSON API (cause ids, times in UTC with their offset) and as CSV for a spreadsheet (cause
 * names in the staff's language, rounded confidences, times with the helpdesk zone's offset, ids in trailing columns).
 */
public final class CaseExport {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(SheetRow.class).withHeader();
    /** ISO 8601 to the second with a numeric offset, which every spreadsheet and script reads: 2026-12-06T22:01:05+08:00. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CaseExport() {
    }

    /** One case as a row of the JSON API. */
    @JsonPropertyOrder({"session", "code", "status", "audience", "lang", "agent", "created", "updated", "resolved", "interview",
            "topCause", "topConfidence", "questions", "confirmedCause", "fixedStep", "confirmedBy", "confirmedAt",
            "diagnosedCause", "kbVersion", "priorVersion", "endpoint", "probeFailed"})
    public record Row(String session, String code, String status, String audience, String lang, String agent,
                      String created, String updated, String resolved, String interview, String topCause,
                      Double topConfidence, int questions, String confirmedCause, String fixedStep, String confirmedBy,
                      String confirmedAt, String diagnosedCause, String kbVersion, int priorVersion, String endpoint,
                      boolean probeFailed) {
    }

    /** One case as a spreadsheet line: what a person reads first, the ids last. */
    @JsonPropertyOrder({"session", "code", "status", "audience", "lang", "agent", "created", "updated", "resolved", "interview",
            "topCause", "topConfidence", "questions", "confirmedCause", "fixedStep", "confirmedBy", "confirmedAt",
            "diagnosedCause", "kbVersion", "priorVersion", "endpoint", "probeFailed", "topCauseId", "confirmedCauseId",
            "diagnosedCauseId"})
    public record SheetRow(String session, String code, String status, String audience, String lang, String agent,
                           String created, String updated, String resolved, String interview, String topCause,
                           Double topConfidence, int questions, String confirmedCause, String fixedStep,
                           String confirmedBy, String confirmedAt, String diagnosedCause, String kbVersion,
                           int priorVersion, String endpoint, boolean probeFailed, String topCauseId,
                           String confirmedCauseId, String diagnosedCauseId) {
    }

    /** How a spreadsheet shows cases: cause names from this knowledge in this language, times in this zone. */
    public record Sheet(KnowledgeBase kb, Lang lang, ZoneId zone) {
        String cause(String id) {
            return id == null ? null : cell(kb.cause(id).map(c -> c.title().in(lang)).orElse(id));
        }

        String time(Instant t) {
            return t == null ? null : ISO.format(t.atZone(zone));
        }
    }

    /** The rows of these cases for the JSON API. */
    public static List<Row> rows(List<CaseRecord> cases) {
        return cases.stream().map(CaseExport::row).toList();
    }

    /** These cases as CSV with a header line; cells that a spreadsheet would run as a formula are defused. */
    public static String csv(List<CaseRecord> cases, Sheet sheet) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(cases.stream().map(c -> sheetRow(c, sheet)).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the cases as CSV: " + e.getOriginalMessage(), e);
        }
    }

    private static Row row(CaseRecord c) {
        return new Row(c.sessionId(), c.code(), c.status().name(), c.audience(), c.lang(), cell(c.agent()), utc(c.created()),
                utc(c.updated()), utc(c.resolvedAt()), c.interview(), c.topCause(), round(c.topConfidence(), 1000),
                c.questions(), c.confirmedCause(), c.fixedStep(), cell(c.confirmedBy()), utc(c.confirmedAt()),
                c.diagnosedCause(), cell(c.kbVersion()), c.priorVersion(), cell(c.endpoint()), c.probeFailed());
    }

    private static SheetRow sheetRow(CaseRecord c, Sheet s) {
        return new SheetRow(c.sessionId(), c.code(), c.status().name(), c.audience(), c.lang(), cell(c.agent()),
                s.time(c.created()), s.time(c.updated()), s.time(c.resolvedAt()), c.interview(), s.cause(c.topCause()),
                round(c.topConfidence(), 100), c.questions(), s.cause(c.confirmedCause()), c.fixedStep(),
                cell(c.confirmedBy()), s.time(c.confirmedAt()), s.cause(c.diagnosedCause()), cell(c.kbVersion()),
                c.priorVersion(), cell(c.endpoint()), c.probeFailed(), c.topCause(), c.confirmedCause(), c.diagnosedCause());
    }

    /** A time in UTC with its offset, to the second. */
    private static String utc(Instant t) {
        return t == null ? null : ISO.format(t.atOffset(ZoneOffset.UTC));
    }

    private static Double round(Double fraction, int per) {
        return fraction == null ? null : Math.round(fraction * per) / (double) per;
    }

    /** A cell starting with =, +, - or @ would be a formula in a spreadsheet: prefix it with an apostrophe. */
    static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
