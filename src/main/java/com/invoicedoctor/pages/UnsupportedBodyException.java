package com.invoicedoctor.pages;

/** A body of a kind this server does not take (415), with the kind it does take. */
public final class UnsupportedBodyException extends RuntimeException {
    public UnsupportedBodyException(String message) {
        super(message);
    }
}
