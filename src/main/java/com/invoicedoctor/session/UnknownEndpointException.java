package com.invoicedoctor.session;

/** A check asked for an endpoint the operator did not configure. */
public class UnknownEndpointException extends RuntimeException {
    public UnknownEndpointException(String which, java.util.List<String> configured) {
        super("endpoint '" + (which == null ? "" : which) + "' is not configured; choose one of " + String.join(", ", configured)
                + " (GET /api/endpoints); only the operator's --endpoint URLs can be checked");
    }

    /** No endpoint at all is configured. */
    public UnknownEndpointException() {
        super("no invoice endpoint is configured for checks; the operator starts the server with --endpoint URL");
    }
}
