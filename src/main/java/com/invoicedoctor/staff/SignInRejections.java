package com.invoicedoctor.staff;

/**
 * Where rejected sign-ins are counted for monitoring: the metrics side registers an implementation as the counter
 * {@value #NAME} with the reason as its label (waiting, wrong_password, unknown_account, disabled).
 */
@FunctionalInterface
public interface SignInRejections {
    /** The counter's name in /metrics. */
    String NAME = "invoicedoctor_signin_rejected_total";

    /** Counts nothing (no metrics configured). */
    SignInRejections NONE = reason -> { };

    /** One sign-in was rejected for this reason. */
    void rejected(String reason);
}
