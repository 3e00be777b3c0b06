package com.invoicedoctor.staff;

import java.time.Instant;

/** A staff account as stored (without its password hash). */
public record StaffUser(String username, String displayName, Role role, boolean disabled, Instant created) {

    /** Whether this person may do what the role may do. */
    public boolean can(Role needed) {
        return !disabled && role.covers(needed);
    }
}
