package com.invoicedoctor.staff;

import java.time.Instant;

/**
 * A signed-in staff member as a request sees them.
 *
 * @param csrf      the token every state-changing form and API call of this sign-in must carry
 * @param expires   when the sign-in ends unless used again
 */
public record SignedInStaff(StaffUser user, String csrf, Instant expires) {

    /** Fails with 403 unless this person's role covers {@code needed}. */
    public SignedInStaff require(Role needed) {
        if (!user.can(needed)) {
            throw ForbiddenException.role(needed);
        }
        return this;
    }
}
