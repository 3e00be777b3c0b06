package com.invoicedoctor.cases;

/** Input about a case that does not fit (an unknown cause or step, a malformed code or date); a 400 or 422. */
public class CaseInputException extends RuntimeException {
    public CaseInputException(String message) {
        super(message);
    }
}
