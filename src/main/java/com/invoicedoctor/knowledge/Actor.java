package com.invoicedoctor.knowledge;

/** Who can carry out a solution step; a customer is shown whom to ask for the steps that are not theirs. */
public enum Actor {
    /** The person at the invoicing PC. */
    customer,
    /** Helpdesk staff, remotely or on the phone. */
    helpdesk,
    /** The invoice server's administrators, the vendor's operators or the tax bureau. */
    admin,
    /** The customer's own network administrator or PC technician (the office's IT). */
    netadmin,
    /** The internet provider or the invoicing vendor's service line. */
    provider
}
