package com.invoicedoctor.staff;

import java.util.Locale;

/**
 * What a staff member may do. Each role covers the ones before it: a knowledge editor is also an agent, an
 * administrator is everything.
 */
public enum Role {
    /** Works cases: hand-offs, notes, status, confirming causes; sees the dashboard and incidents. */
    agent,
    /** Also checks and reloads the knowledge base (rules/ and knowledge-base/). */
    editor,
    /** Also manages staff accounts and resets learned priors. */
    admin;

    /** Whether someone with this role may do what {@code needed} may do. */
    public boolean covers(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The role named by the text ("agent", "editor", "admin"). */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new StaffInputException("role '" + text + "' is unknown; expected agent, editor or admin");
        }
    }
}
