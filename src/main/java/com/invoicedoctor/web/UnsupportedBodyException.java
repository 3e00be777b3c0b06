package com.invoicedoctor.web;

/** A body of a kind this server does not take (415), with the kind it does take. */
final class UnsupportedBodyException extends RuntimeException {
    UnsupportedBodyException(String message) {
        super(message);
    }
}
