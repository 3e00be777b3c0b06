package com.invoicedoctor.web;

import com.invoicedoctor.pages.BadRequestException;
import com.invoicedoctor.pages.UnsupportedBodyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * What a client can get wrong about a request body before any handler reads it, answered 400 with what to fix: a
 * charset nobody knows, multipart without a boundary, a form that cannot be decoded; and 415 for multipart, which no
 * form here sends. Forms are read here, once, so that a broken one is the client's error and never a handler's 500.
 */
public final class RequestBodyCheck {

    public void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        MediaType type = MediaType.parse(contentType);
        String charset = type.parameter("charset");
        if (charset != null && !supported(charset)) {
            throw new BadRequestException("the charset \"" + charset + "\" in Content-Type is not one this server knows; send UTF-8");
        }
        if (type.is("multipart/form-data")) {
            if (type.parameter("boundary") == null || type.parameter("boundary").isBlank()) {
                throw new BadRequestException("a multipart/form-data body needs a boundary parameter in its Content-Type");
            }
            // no form here uploads files; a broken multipart body would fail deep in the servlet's parser
            throw new UnsupportedBodyException("forms are taken as application/x-www-form-urlencoded (a browser's default), "
                    + "not multipart/form-data");
        }
        if (type.is("application/x-www-form-urlencoded")) {
            try {
                ctx.formParamMap();
            } catch (HttpResponseException e) {
                throw e; // Javalin's own verdict, such as 413 for a body over the limit
            } catch (RuntimeException e) {
                throw new BadRequestException("the form cannot be read (" + reason(e) + "); send it as a browser does, "
                        + "application/x-www-form-urlencoded in UTF-8");
            }
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** A short reason in our words: the parser's own messages name its classes. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("Eof") || name.contains("EOF")) {
                return "it ends before its Content-Length";
            }
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("escape")) {
                return "a %-escape in it is incomplete or not hexadecimal";
            }
        }
        return "it is malformed";
    }

    /** A Content-Type: its type/subtype and parameters (lower-cased names, unquoted values). */
    private record MediaType(String type, java.util.Map<String, String> parameters) {
        static MediaType parse(String header) {
            String[] parts = header.split(";", -1);
            java.util.Map<String, String> parameters = new java.util.HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) {
                    String value = parts[i].substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    parameters.put(parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
                }
            }
            return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), parameters);
        }

        boolean is(String other) {
            return type.equals(other);
        }

        String parameter(String name) {
            return parameters.get(name);
        }
    }
}
