package com.invoicedoctor.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile HTTP requests, seeded: every route of the app (and paths it does not have) with wrong methods, ids of every
 * wrong shape, odd query strings and headers, and bodies that are malformed, mistyped, oversized or not what the
 * Content-Type says. Each is a complete HTTP/1.1 request as bytes, ending the connection after the answer.
 */
final class HostileRequests {
    /** Every route, with {id}, {question}, {code}, {name} and {n} to fill in. */
    static final List<String> ROUTES = List.of(
            "GET /", "GET /health", "GET /metrics", "GET /api/causes", "POST /api/diagnose", "GET /api/endpoints",
            "GET /api/incidents", "POST /api/sessions", "GET /api/sessions/{id}", "POST /api/sessions/{id}/answers",
            "POST /api/sessions/{id}/repairs", "POST /api/sessions/{id}/facts", "POST /api/sessions/{id}/notes",
            "POST /api/sessions/{id}/checks", "GET /api/sessions/{id}/checks", "POST /api/sessions/{id}/browser-checks",
            "POST /api/sessions/{id}/handoff", "POST /sessions", "GET /s/{id}", "GET /s/{id}/result",
            "GET /s/{id}/questions/{question}", "POST /s/{id}/answers", "POST /s/{id}/repairs", "POST /s/{id}/facts",
            "POST /s/{id}/error-text", "POST /s/{id}/notes", "POST /s/{id}/checks", "POST /s/{id}/handoff", "GET /s/{id}/handoff",
            "GET /static/app.css", "GET /static/app.js", "GET /staff/login", "POST /staff/login", "POST /staff/logout",
            "GET /staff", "GET /staff/account", "POST /staff/account/password", "POST /api/staff/login", "POST /api/staff/logout",
            "GET /api/staff/me", "GET /staff/dashboard", "GET /api/staff/dashboard", "GET /api/staff/cases",
            "GET /api/staff/cases/export.csv", "GET /api/staff/cases/by-code/{code}", "GET /api/staff/cases/{id}",
            "POST /api/staff/cases/{id}/answers", "POST /api/staff/cases/{id}/notes", "POST /api/staff/cases/{id}/status",
            "POST /api/staff/cases/{id}/confirm", "GET /staff/incidents", "GET /staff/incidents/{n}",
            "POST /staff/incidents/{n}/close", "POST /staff/incidents/{n}/confirm", "POST /api/staff/incidents/{n}/confirm",
            "GET /api/staff/incidents", "GET /api/staff/signins", "GET /staff/", "POST /api/staff/cases/{id}/take", "GET /api/staff/incidents/{n}", "GET /staff/knowledge",
            "POST /staff/knowledge/check", "POST /staff/knowledge/reload", "GET /api/staff/knowledge",
            "POST /api/staff/knowledge/check", "POST /api/staff/knowledge/reload", "GET /staff/users", "POST /staff/users",
            "POST /staff/users/{name}/role", "POST /staff/users/{name}/disabled", "GET /staff/priors", "POST /staff/priors/reset",
            "GET /api/staff/users", "POST /api/staff/users", "GET /api/staff/priors", "POST /api/staff/priors/reset",
            "GET /staff/cases", "GET /staff/cases/open", "GET /staff/cases/{id}", "POST /staff/cases/{id}/answers",
            "POST /staff/cases/{id}/notes", "POST /staff/cases/{id}/status", "POST /staff/cases/{id}/take",
            "POST /staff/cases/{id}/confirm", "GET /no/such/page", "GET //evil.example/x", "GET /api/nothing");

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO"};
    private static final String[] FIELDS = {"question", "answer", "audience", "lang", "notes", "errorText", "facts", "step",
            "outcome", "endpoint", "username", "password", "_csrf", "code", "status", "cause", "role", "name", "next", "value",
            "observation", "reachable", "ms", "clockSkewSeconds", "error", "current", "new", "disabled"};
    private static final String[] TEXTS = {"", " ", "yes", "no", "unknown", "-1", "1e400", "NaN", "999999999999999999999", "0x10",
            "helpdesk", "customer", "robot", "zh", "en", "xx", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
            "%00", "\u0000", "\uFEFF", "服务器异常", "=cmd|' /C calc'!A0", "//evil.example", "http://evil.example/", "null",
            "true", "\uD83D\uDE00", "a".repeat(300), "x".repeat(25_000)};

    private final Random random;
    private final String session;
    private final String staffHeaders;

    /** @param staffHeaders a signed-in administrator's Cookie and X-CSRF-Token lines, sent with some staff requests */
    HostileRequests(long seed, String session, String staffHeaders) {
        this.random = new Random(seed);
        this.session = session;
        this.staffHeaders = staffHeaders;
    }

    /** The next request: a route, sometimes with another method, its placeholders, query, headers and body. */
    byte[] next() {
        String[] route = ROUTES.get(random.nextInt(ROUTES.size())).split(" ", 2);
        String method = random.nextInt(5) == 0 ? pick(METHODS) : route[0];
        String path = fill(route[1]);
        if (random.nextInt(3) == 0) {
            path += "?" + query();
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(random.nextInt(10) == 0 ? "evil.example" : "127.0.0.1").append("\r\nConnection: close\r\n");
        if (random.nextInt(4) == 0) {
            head.append("Accept-Language: ").append(pick("zh-CN,zh;q=0.9", "en", "xx", "*", ";;;", "en;q=abc", "\u00e9")).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("Cookie: ").append(pick("staff=bogus", "lang=xx", "staff=", "lang=en; staff=" + "z".repeat(100), "=;="))
                    .append("\r\n");
        } else if (path.contains("/staff") && !path.contains("logout") && !path.contains("/knowledge/") && random.nextBoolean()) {
            // signed in, so that staff handlers read what they are sent; not for signing out (it would end that for the
            // rest) nor for checking and reloading the knowledge, which take a second of work each and are tried anonymously
            head.append(staffHeaders);
        }
        if (random.nextInt(8) == 0) {
            head.append("X-Forwarded-Proto: ").append(pick("https", "gopher", "")).append("\r\n");
        }
        byte[] body = new byte[0];
        String type = null;
        if (!method.equals("GET") && !method.equals("HEAD") || random.nextInt(10) == 0) {
            int kind = random.nextInt(6);
            switch (kind) {
                case 0, 1 -> { type = "application/json"; body = json().getBytes(StandardCharsets.UTF_8); }
                case 2, 3 -> { type = "application/x-www-form-urlencoded"; body = query().getBytes(StandardCharsets.UTF_8); }
                case 4 -> { type = pick("multipart/form-data", "multipart/form-data; boundary=b", "text/plain", "application/xml",
                        "application/json; charset=bogus", "application/x-www-form-urlencoded; charset=ebcdic-xx", "", ";;");
                    body = json().getBytes(StandardCharsets.UTF_8); }
                default -> { type = pick("application/json", "application/octet-stream");
                    body = new byte[random.nextInt(200)];
                    random.nextBytes(body); }
            }
        }
        if (type != null && !type.isEmpty()) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        if (body.length > 0 || random.nextBoolean()) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private String fill(String path) {
        return path.replace("{id}", pick(session, session, "AAAAAAAAAAAAAAAAAAAAAA", "-", "x".repeat(400), "%2e%2e", "..", "%ZZ",
                        "a%00b", "%E6%9C%8D", session + "/extra", "<b>"))
                .replace("{question}", pick("other-sites-work", "no-such-question", "%ZZ", "../x", "x".repeat(300)))
                .replace("{code}", pick("BN8W9K", "bn8 w9k", "", "-", "%20", "999999999999"))
                .replace("{name}", pick("nobody", "%2F", "x".repeat(300), "LIN"))
                .replace("{n}", pick("1", "0", "-1", "999999999999999999999", "abc", "1.5"));
    }

    private String query() {
        StringBuilder q = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                q.append('&');
            }
            q.append(pick(FIELDS)).append('=').append(pick("yes", "no", "en", "zh", "%ZZ", "%", "+", "%00", "1", "-5", "x%26y",
                    "%E6%9C%8D%E5%8A%A1", "//evil.example", "a".repeat(100), ""));
        }
        return q.toString();
    }

    private String json() {
        return switch (random.nextInt(9)) {
            case 0 -> "{" + pair() + "," + pair() + "," + pair() + "}";
            case 1 -> "{" + pair() + "}";
            case 2 -> "[" + value(2) + "]";
            case 3 -> value(3);
            case 4 -> "{\"facts\":{\"" + pick("net.latency.ms", "clock.skew.seconds", "net.other-sites-work", "nope", "") + "\":"
                    + value(1) + "}}";
            case 5 -> "{\"question\":\"" + pick("other-sites-work", "x") + "\",\"answer\":" + value(1) + "}";
            case 6 -> "{".repeat(random.nextInt(3000));
            case 7 -> "{\"a\":1}{";
            default -> "";
        };
    }

    private String pair() {
        return "\"" + pick(FIELDS) + "\":" + value(2);
    }

    private String value(int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> "\"" + pick(TEXTS).replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
            case 1 -> pick("0", "-1", "1e400", "1.5", "99999999999999999999999999", "-0");
            case 2 -> pick("true", "false", "null");
            case 3 -> "\"\\ud800\"";
            case 4 -> "[" + value(depth - 1) + "," + value(depth - 1) + "]";
            default -> "{" + "\"" + pick(FIELDS) + "\":" + value(depth - 1) + "}";
        };
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
