package com.invoicedoctor.engine;

/** A fact that does not fit the knowledge base: unknown id or a value the observation does not take. */
public class InvalidFactException extends RuntimeException {
    public InvalidFactException(String message) {
        super(message);
    }
}
