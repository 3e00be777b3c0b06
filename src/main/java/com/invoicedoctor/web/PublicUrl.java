package com.invoicedoctor.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where users reach this server (--public-url), for the few links that must be absolute (the share link people paste
 * elsewhere). Never taken from a request's Host header, which the client chooses. Without it those links are relative
 * and the browser completes them from the address it shows.
 */
public record PublicUrl(String base) {

    /** The configured URL, checked: http or https, a host, no query or fragment; a trailing slash is dropped. */
    public static PublicUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the public URL '" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the public URL '" + text + "' must be http:// or https:// with a host, "
                    + "e.g. https://help.example.com");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the public URL '" + text + "' must not have a query, a fragment or a user");
        }
        String base = uri.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new PublicUrl(base);
    }

    /** A link to this path (starting with "/"): absolute when a public URL is configured, else the path itself. */
    static String link(PublicUrl publicUrl, String path) {
        return publicUrl == null ? path : publicUrl.base() + path;
    }
}
