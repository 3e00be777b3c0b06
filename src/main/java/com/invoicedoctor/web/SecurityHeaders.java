package com.invoicedoctor.web;

import com.invoicedoctor.probe.ProbeTargets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Headers on every answer: scripts and styles only from this server (style attributes allowed, for the
 * confidence bars), the browser's checks may connect to the configured endpoints only, no framing, and no
 * Referer that would carry a session id to another site.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    public static Map<String, String> of(ProbeTargets endpoints) {
        String connect = ("'self' " + origins(endpoints)).trim();
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src " + connect + "; frame-ancestors 'none'; form-action 'self'; "
                + "base-uri 'none'";
        return Map.of("Content-Security-Policy", csp,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
    }

    /** The origins of the endpoints, for the browser's Content-Security-Policy. */
    static String origins(ProbeTargets endpoints) {
        return endpoints.all().stream().map(e -> e.uri().getScheme() + "://" + e.uri().getRawAuthority()).distinct()
                .collect(Collectors.joining(" "));
    }
}
