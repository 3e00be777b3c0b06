package com.invoicedoctor.session;

/**
 * What the customer's browser measured, as it posts it.
 *
 * @param endpoint         the configured endpoint's id (none: the only one configured)
 * @param reachable        whether a request reached it (any HTTP answer counts), null when not tried
 * @param ms               the fastest request's time in milliseconds
 * @param clockSkewSeconds the browser's clock minus the server's Date header
 * @param error            timeout, network or blocked (the browser refused, e.g. mixed content), else null
 */
public record BrowserReport(String endpoint, Boolean reachable, Long ms, Long clockSkewSeconds, String error) {
}
