package com.invoicedoctor.staff;

/**
 * How a password check went: the account when it signs in, else why not (for the sign-in log staff read, never
 * for the person signing in).
 */
public record PasswordCheck(StaffUser user, Failure failure) {

    /** Why a check did not sign in. */
    public enum Failure { unknown_account, wrong_password, disabled }

    /** Whether the password was right and the account enabled. */
    public boolean signedIn() {
        return user != null;
    }
}
