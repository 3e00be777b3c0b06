package com.invoicedoctor.interview;

/** An answer that does not fit its question, or a question or step that does not exist. */
public class InvalidAnswerException extends RuntimeException {
    private final boolean unknownId;

    public InvalidAnswerException(String message, boolean unknownId) {
        super(message);
        this.unknownId = unknownId;
    }

    /** True when the question or step id itself is unknown (as opposed to a value that does not fit). */
    public boolean unknownId() {
        return unknownId;
    }
}
