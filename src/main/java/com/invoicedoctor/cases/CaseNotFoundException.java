package com.invoicedoctor.cases;

/** No case has this session id or hand-off code, or no incident has this id; a 404. */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String what) {
        super("no case " + (what.length() > 40 ? what.substring(0, 40) + "…" : what)
                + "; check the code the customer read out (6 characters, no 0, O, 1 or I)");
    }

    private CaseNotFoundException(String message, boolean plain) {
        super(message);
    }

    /** No incident has this id. */
    public static CaseNotFoundException incident(String id) {
        return new CaseNotFoundException("no incident " + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                + "; see GET /api/staff/incidents", true);
    }
}
