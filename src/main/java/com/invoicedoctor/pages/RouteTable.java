package com.invoicedoctor.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The app's one table of routes: every page and API path is added here with who may call it, and the table checks
 * that before the handler runs, so that no handler checks a role itself. The only class that adds routes to Javalin.
 */
public final class RouteTable {
    /** Who may call a route. {@link #check} returns for a caller who may, and throws (401, 403) for one who may not. */
    public interface Access {
        /** In words, for the table's listing: "anyone", "signed-in staff", "staff role admin". */
        String name();

        void check(Context ctx);

        /** An access rule with this name and check. */
        static Access of(String name, java.util.function.Consumer<Context> check) {
            return new Access() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void check(Context ctx) {
                    check.accept(ctx);
                }

                @Override
                public String toString() {
                    return name;
                }
            };
        }
    }

    /** Open to everyone: the customer's pages and API, the sign-in form. */
    public static final Access ANYONE = Access.of("anyone", ctx -> { });

    /** One route: its method, path and who may call it. */
    public record Route(HandlerType method, String path, Access access) {
        @Override
        public String toString() {
            return method + " " + path + " (" + access.name() + ")";
        }
    }

    private final RoutesConfig config;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(RoutesConfig config) {
        this.config = config;
    }

    public void get(String path, Access who, Handler handler) {
        add(HandlerType.GET, path, who, handler);
    }

    public void post(String path, Access who, Handler handler) {
        add(HandlerType.POST, path, who, handler);
    }

    /** Filters that run around every matching request (guards, headers, timing): they are not routes. */
    public RoutesConfig filters() {
        return config;
    }

    /** Every route added so far, in order. */
    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    private void add(HandlerType method, String path, Access who, Handler handler) {
        if (who == null) {
            throw new IllegalArgumentException(method + " " + path + " says nobody who may call it; give an Access");
        }
        Objects.requireNonNull(handler, "handler");
        routes.add(new Route(method, path, who));
        Handler checked = ctx -> {
            who.check(ctx);
            handler.handle(ctx);
        };
        config.addHttpHandler(method, path, checked);
    }
}
