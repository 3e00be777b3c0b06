package com.invoicedoctor.staff;

/** A signed-in staff member asked for something beyond their role, or a form came without its CSRF token; a 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }

    /** The role is not enough. */
    public static ForbiddenException role(Role needed) {
        return new ForbiddenException("this needs the " + needed + " role; ask an administrator");
    }

    /** The CSRF token is missing or wrong. */
    public static ForbiddenException csrf() {
        return new ForbiddenException("the form's security token is missing or out of date; reload the page and send it again");
    }
}
