package com.invoicedoctor.knowledge;

/** Who can carry out a solution step. */
public enum Actor {
    /** The person at the invoicing PC. */
    customer,
    /** Helpdesk staff, remotely or on the phone. */
    helpdesk,
    /** The invoice server's administrators, the vendor or the tax bureau. */
    admin
}
