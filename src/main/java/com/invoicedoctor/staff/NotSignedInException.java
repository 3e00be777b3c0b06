package com.invoicedoctor.staff;

/** A staff page or API was asked for without a valid sign-in: 401 for the API, a redirect to sign-in for pages. */
public class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
        super("sign in as staff first: POST /api/staff/login with {\"username\", \"password\"} or open /staff/login");
    }
}
