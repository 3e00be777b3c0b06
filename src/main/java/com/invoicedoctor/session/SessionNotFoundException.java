package com.invoicedoctor.session;

/** No session has this id (or the id is not of the shape ids have). */
public class SessionNotFoundException extends RuntimeException {
    public SessionNotFoundException(String id) {
        super("no session with id '" + abbreviate(id) + "'; start a new one with POST /api/sessions");
    }

    private static String abbreviate(String id) {
        return id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
