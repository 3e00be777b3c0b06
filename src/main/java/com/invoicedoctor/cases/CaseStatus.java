package com.invoicedoctor.cases;

import java.util.Locale;

/** Where a case stands for the helpdesk. */
public enum CaseStatus {
    open, resolved, escalated;

    /** The status named by the text. */
    public static CaseStatus parse(String text) {
        try {
            return valueOf(text.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new CaseInputException("status '" + text + "' is unknown; expected open, resolved or escalated");
        }
    }
}
