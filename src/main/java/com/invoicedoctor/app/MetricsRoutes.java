package com.invoicedoctor.app;

import com.invoicedoctor.metrics.AppMetrics;
import com.invoicedoctor.pages.RouteTable.Access;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.staff.SignIns;
import com.invoicedoctor.staff.StaffAuth;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * GET /metrics for a signed-in staff member or a scraper that sends the configured token ({@code Authorization: Bearer
 * …}); 401 to anyone else. Also times every request by the route it matched.
 */
final class MetricsRoutes {
    private static final String STARTED = "metrics.started";

    private final AppMetrics metrics;
    private final SignIns logins;
    private final byte[] token;

    /** {@code token} null: staff only. */
    MetricsRoutes(AppMetrics metrics, SignIns logins, String token) {
        this.metrics = metrics;
        this.logins = logins;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void register(RouteTable routes) {
        routes.filters().before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.filters().after(this::count);
        routes.get("/metrics", Access.of("signed-in staff or a scraper with the metrics token", this::allowed), this::scrape);
    }

    /** Refused: neither signed in as staff nor sending the configured token (401, answered by app.ErrorTable). */
    static final class RefusedException extends RuntimeException {
        RefusedException() {
            super("metrics are for signed-in staff or a scraper with the configured token");
        }
    }

    private void count(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        int status = ctx.statusCode();
        metrics.request(ctx.method().name(), route, status, System.nanoTime() - started);
    }

    private void scrape(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(AppMetrics.CONTENT_TYPE).result(metrics.scrape());
    }

    private void allowed(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (token != null && authorization != null && authorization.startsWith("Bearer ")) {
            byte[] sent = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(sent, token)) {
                return;
            }
        }
        if (logins.resolve(ctx.cookie(StaffAuth.COOKIE)).isEmpty()) {
            throw new RefusedException();
        }
    }
}
