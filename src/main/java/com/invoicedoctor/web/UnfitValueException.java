package com.invoicedoctor.web;

/** A well-formed request whose value does not fit (422), such as an audience that does not exist. */
public class UnfitValueException extends RuntimeException {
    public UnfitValueException(String message) {
        super(message);
    }
}
