package com.invoicedoctor.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

/**
 * Guards /staff/ and /api/staff/: every request there needs a valid sign-in (else 401 for the API, a redirect to
 * sign-in for pages), and every request that changes something needs the sign-in's CSRF token, as the form field
 * {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER}. Only the sign-in itself is open.
 */
public final class StaffAuth {
    /** The cookie that carries the sign-in token. */
    public static final String COOKIE = "staff";
    /** The cookie that carries the sign-in form's own token (double submit, before anyone is signed in). */
    static final String PRE_COOKIE = "staff_pre";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "staff.login";
    private static final Set<String> OPEN = Set.of("/staff/login", "/api/staff/login");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final SignIns logins;

    public StaffAuth(SignIns logins) {
        this.logins = logins;
    }

    /** Registers the guard before every staff page and API call. */
    void register(RoutesConfig routes) {
        routes.before("/staff", this::guard);
        routes.before("/staff/*", this::guard);
        routes.before("/api/staff", this::guard);
        routes.before("/api/staff/*", this::guard);
    }

    private void guard(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (OPEN.contains(ctx.path())) {
            return;
        }
        SignedInStaff login = logins.resolve(ctx.cookie(COOKIE)).orElseThrow(NotSignedInException::new);
        ctx.attribute(ATTRIBUTE, login);
        if (!SAFE.contains(ctx.method())) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!same(sent, login.csrf())) {
                throw ForbiddenException.csrf();
            }
        }
    }

    /** The signed-in staff member of this request (the guard has checked it). */
    public static SignedInStaff login(Context ctx) {
        SignedInStaff login = ctx.attribute(ATTRIBUTE);
        if (login == null) {
            throw new NotSignedInException();
        }
        return login;
    }

    /** The answer to a request without a valid sign-in: 401 for the API, a redirect to the sign-in page for a page. */
    public static void notSignedIn(NotSignedInException e, Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            ctx.status(401).header("WWW-Authenticate", "Cookie realm=\"staff\"").json(Map.of("error", e.getMessage()));
        } else {
            String next = ctx.method().name().equals("GET") ? ctx.path() : "/staff/";
            ctx.redirect("/staff/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.FOUND);
        }
    }

    /** Sets the sign-in cookie: HTTP only, same-site lax, secure behind HTTPS. */
    static void setCookie(Context ctx, String token) {
        ctx.cookie(new Cookie(COOKIE, token, "/", (int) SignIns.MAX.toSeconds(), secure(ctx), true, null, SameSite.LAX));
    }

    /** Removes the sign-in cookie. */
    static void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }

    /** The sign-in form's token: the one in its cookie, or a new one set now. */
    static String preToken(Context ctx) {
        String token = ctx.cookie(PRE_COOKIE);
        if (token == null || token.length() < 20 || token.length() > 100) {
            token = SignIns.random();
            ctx.cookie(new Cookie(PRE_COOKIE, token, "/staff", 3600, secure(ctx), true, null, SameSite.STRICT));
        }
        return token;
    }

    /** Whether the sign-in form came with the token of its own cookie. */
    static boolean preTokenMatches(Context ctx) {
        String cookie = ctx.cookie(PRE_COOKIE);
        return cookie != null && same(ctx.formParam(CSRF_FIELD), cookie);
    }

    /** Constant-time comparison of two tokens. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
