package com.invoicedoctor.web;

import io.javalin.config.RoutesConfig;
import java.util.Locale;

/**
 * Says in a standard {@code Server-Timing} header how long the server worked on each request ("app;dur=4.2", in
 * milliseconds), as browsers' developer tools and load generators show it: the time a caller waited minus this is
 * the network, the queue and the client.
 */
public final class ServerTiming {
    private static final String STARTED = "server-timing.started";

    private ServerTiming() {
    }

    public static void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started != null) {
                ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
            }
        });
    }
}
