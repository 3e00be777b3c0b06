package com.invoicedoctor.staff;

/** Staff input that cannot be accepted (a malformed user name, a short password, an unknown role); a 400. */
public class StaffInputException extends RuntimeException {
    public StaffInputException(String message) {
        super(message);
    }
}
