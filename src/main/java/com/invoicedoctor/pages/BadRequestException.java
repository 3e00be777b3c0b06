package com.invoicedoctor.pages;

/** A request that is malformed: not JSON, not an object, a field missing or of the wrong type. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
