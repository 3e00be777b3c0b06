package com.invoicedoctor.probe;

import java.net.URI;
import java.util.Locale;

/**
 * An invoice endpoint broken into what the probes need.
 *
 * @param uri   the endpoint as configured
 * @param host  host name or address literal (IPv6 without brackets)
 * @param port  explicit port, else 80 or 443
 * @param https whether TLS is expected
 */
public record Target(URI uri, String host, int port, boolean https) {

    /**
     * Parses an http or https URL.
     *
     * @throws IllegalArgumentException saying what is wrong with the URL
     */
    public static Target of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the target must be an http:// or https:// URL, not '" + uri + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the target URL '" + uri + "' has no host name");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new Target(uri, host, port, https);
    }

    /** The path and query to request, "/" when the URL has none. */
    public String requestPath() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The Host header value. */
    public String hostHeader() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == (https ? 443 : 80) ? h : h + ":" + port;
    }

    /** Whether the host is written as an IP address rather than a name. */
    public boolean isAddressLiteral() {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
