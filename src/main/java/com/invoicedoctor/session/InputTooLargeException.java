package com.invoicedoctor.session;

/** A text field longer than it may be (an error text, case notes). */
public class InputTooLargeException extends RuntimeException {
    public InputTooLargeException(String what, int length, int max) {
        super(what + " has " + length + " characters; at most " + max + " are accepted");
    }
}
