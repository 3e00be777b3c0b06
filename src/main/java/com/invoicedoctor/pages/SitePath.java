package com.invoicedoctor.pages;

/**
 * A request path made safe to link to on this site: {@code GET //evil.example/x} has the path "//evil.example/x", which a
 * browser reads as a link to another host. Leading slashes and backslashes collapse to one slash.
 */
public final class SitePath {
    private SitePath() {
    }

    /** The path as a link on this site; "/" for null or a path that does not start with a slash. */
    public static String of(String path) {
        if (path == null || path.isEmpty() || (path.charAt(0) != '/' && path.charAt(0) != '\\')) {
            return "/";
        }
        int start = 0;
        while (start < path.length() && (path.charAt(start) == '/' || path.charAt(start) == '\\')) {
            start++;
        }
        return "/" + path.substring(start);
    }
}
