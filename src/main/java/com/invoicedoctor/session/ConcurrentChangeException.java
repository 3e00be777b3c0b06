package com.invoicedoctor.session;

/** A session changed by others so often that a change could not be applied after many attempts. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String id, int attempts) {
        super("session " + id + " kept changing while this change was applied (" + attempts + " attempts); send it again");
    }
}
