package com.invoicedoctor.staff;

import java.net.URI;

/**
 * How customers reach the helpdesk, shown with the hand-off code: a phone number, the hours it is answered and a
 * chat link. Each part is optional; a page says "call the helpdesk" without a number only when none is set.
 */
public record HelpdeskContact(String phone, String hours, String chat) {

    public HelpdeskContact {
        phone = blankToNull(phone);
        hours = blankToNull(hours);
        chat = blankToNull(chat);
        if (chat != null) {
            URI uri;
            try {
                uri = URI.create(chat);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the helpdesk chat link '" + chat + "' is not a web address");
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("the helpdesk chat link must start with https:// or http://, not '" + chat + "'");
            }
        }
    }

    /** No contact configured. */
    public static HelpdeskContact none() {
        return new HelpdeskContact(null, null, null);
    }

    /** Whether any way to reach the helpdesk is set. */
    public boolean any() {
        return phone != null || chat != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
