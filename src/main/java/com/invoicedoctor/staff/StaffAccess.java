package com.invoicedoctor.staff;

import com.invoicedoctor.pages.RouteTable.Access;

/**
 * Who may call a staff route, for the route table: any signed-in staff member (an agent is the lowest role), or a role
 * at least as strong as the one named. Without a sign-in it is 401 (a redirect to sign in for a page), with too weak a
 * role 403. The sign-in itself and its CSRF token are checked before, by {@link StaffAuth}'s guard.
 */
public final class StaffAccess {
    /** Any signed-in staff member. */
    public static final Access SIGNED_IN = Access.of("signed-in staff", StaffAuth::login);
    /** A knowledge editor or an administrator. */
    public static final Access EDITOR = role(Role.editor);
    /** An administrator. */
    public static final Access ADMIN = role(Role.admin);

    private StaffAccess() {
    }

    /** Staff whose role covers {@code needed}. */
    public static Access role(Role needed) {
        return Access.of("staff role " + needed, ctx -> StaffAuth.login(ctx).require(needed));
    }
}
