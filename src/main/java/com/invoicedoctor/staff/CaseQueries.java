package com.invoicedoctor.staff;

import com.invoicedoctor.cases.CaseInputException;
import com.invoicedoctor.cases.CaseQuery;
import com.invoicedoctor.cases.CaseStatus;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a case filter from query parameters: status, cause, agent, from, to, q, limit, offset. */
final class CaseQueries {
    private CaseQueries() {
    }

    static CaseQuery from(Context ctx) {
        String status = blankToNull(ctx.queryParam("status"));
        return new CaseQuery(status == null ? null : CaseStatus.parse(status), blankToNull(ctx.queryParam("cause")),
                blankToNull(ctx.queryParam("agent")), date(ctx, "from"), date(ctx, "to"), blankToNull(ctx.queryParam("q")),
                number(ctx, "limit", 50), number(ctx, "offset", 0));
    }

    private static LocalDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CaseInputException(name + " '" + value + "' is not a date; write it as 2026-11-26");
        }
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = blankToNull(ctx.queryParam(name));
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CaseInputException(name + " '" + value + "' is not a whole number");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
