package com.invoicedoctor.staff;

/**
 * What sign-in attempts are counted under: an account from one address, an address, or an account.
 *
 * @param account the user name as typed (lower case, at most 64 characters); null for {@link Scope#address}
 * @param address the client's address key; null for {@link Scope#account}
 */
record ThrottleKey(Scope scope, String account, String address) {

    /** The three ways of counting, each with its own backoff (see {@link SignInThrottle.Policy}). */
    enum Scope {
        /** One account from one address: the real user elsewhere is not slowed down by it. */
        account_address,
        /** One address, whatever accounts it tries: slows down trying many accounts. */
        address,
        /** One account from addresses that never signed in to it: slows down guessing from many addresses. */
        account
    }

    static ThrottleKey pair(String account, String address) {
        return new ThrottleKey(Scope.account_address, account, address);
    }

    static ThrottleKey address(String address) {
        return new ThrottleKey(Scope.address, null, address);
    }

    static ThrottleKey account(String account) {
        return new ThrottleKey(Scope.account, account, null);
    }

    /** The row's primary key. */
    String id() {
        return scope + " " + (account == null ? "" : account) + " " + (address == null ? "" : address);
    }
}
