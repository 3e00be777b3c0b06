package com.invoicedoctor.pages;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an exception becomes an answer: JSON {"error": "..."} under /api (and for /health), an error page elsewhere.
 * The table of which exception gets which status is filled by the app's assembly (app.ErrorTable), in one place; this
 * class only answers. Bad input gets a 4xx with a message that says what to fix; anything not in the table is a fault
 * of the program, a 500 whose stack trace goes to the log, never to the client.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /**
     * The answer to one exception.
     *
     * @param message   the technical message (what the JSON API says; the staff page shows it too)
     * @param personKey what a customer's page tells the person (a message key); null for the staff error page
     * @param headers   extra response headers (Retry-After)
     */
    public record Reply(int status, String message, String personKey, Map<String, String> headers) {
        public Reply {
            headers = Map.copyOf(headers);
        }

        /** An answer whose page is the customer's error page, telling the person {@code personKey}. */
        public static Reply person(int status, String message, String personKey) {
            return new Reply(status, message, personKey, Map.of());
        }

        /** An answer whose page is the staff error page, which shows the message itself. */
        public static Reply staff(int status, String message) {
            return new Reply(status, message, null, Map.of());
        }

        /** The same with one more response header. */
        public Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, message, personKey, more);
        }
    }

    /** Renders the staff side's error page (its own layout, the message shown as it is). */
    @FunctionalInterface
    public interface StaffErrorPage {
        void render(Context ctx, int status, String message);
    }

    private final Views views;
    private final StaffErrorPage staffPage;
    private final Map<Class<? extends Exception>, ExceptionHandler<? extends Exception>> table = new LinkedHashMap<>();

    public ErrorMapping(Views views, StaffErrorPage staffPage) {
        this.views = views;
        this.staffPage = staffPage;
    }

    /** Exceptions of this type (and its subtypes) answer this way. */
    public <E extends Exception> ErrorMapping map(Class<E> type, Function<? super E, Reply> reply) {
        return handle(type, (e, ctx) -> respond(ctx, reply.apply(e)));
    }

    /** Exceptions of this type answer in a way of their own (a redirect to sign in). */
    public <E extends Exception> ErrorMapping handle(Class<E> type, ExceptionHandler<E> handler) {
        if (table.putIfAbsent(type, handler) != null) {
            throw new IllegalArgumentException(type.getName() + " is mapped twice");
        }
        return this;
    }

    /** Registers the table, and the 500 for everything else. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void register(RoutesConfig routes) {
        table.forEach((type, handler) -> routes.exception((Class) type, (ExceptionHandler) handler));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, Reply.person(500, "internal error; the server log has the details", "error.text.server"));
        });
    }

    /** Whether the request is one the JSON API answers (errors in JSON). */
    public static boolean api(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /**
     * The JSON API keeps the technical message (it names fields and paths for a developer); a page tells the person
     * in their language what happened and what to do, from the reply's person key; staff see the message itself.
     */
    private void respond(Context ctx, Reply reply) {
        ctx.status(reply.status());
        reply.headers().forEach(ctx::header);
        if (reply.personKey() == null) {
            if (api(ctx)) {
                ctx.json(Map.of("error", reply.message()));
            } else {
                staffPage.render(ctx, reply.status(), reply.message());
            }
            return;
        }
        if (api(ctx) || ctx.path().equals("/health")) {
            ctx.json(Map.of("error", reply.message()));
            return;
        }
        int status = reply.status();
        String message = reply.message();
        Lang lang = UiLang.page(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang.name());
        model.put("path", "GET".equals(ctx.method().name()) ? SitePath.of(ctx.path()) : "/");
        model.put("status", status);
        model.put("errorTitle", Messages.get(lang, titleKey(status)));
        model.put("message", Messages.get(lang, reply.personKey()));
        // for input the person can fix, what exactly was wrong, folded away (it quotes the value, escaped)
        model.put("detail", status == 400 || status == 413 || status == 415 || status == 422 ? message : null);
        try {
            ctx.html(views.render("error", lang, model));
        } catch (RuntimeException e) {
            LOG.error("the error page itself failed", e);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
        }
    }

    /** What a person is told for a status the web server itself answered (an unknown page, a body too large). */
    public static String personKey(int status) {
        return switch (status) {
            case 404 -> "error.text.page";
            case 405 -> "error.text.method";
            case 413 -> "error.text.tooLarge";
            default -> status >= 500 ? "error.text.server" : "error.text.input";
        };
    }

    private static String titleKey(int status) {
        return switch (status) {
            case 400, 413, 415, 422 -> "error.input";
            case 404 -> "error.notFound";
            case 409 -> "error.conflict";
            case 429 -> "error.busy";
            default -> status >= 500 ? "error.server" : "error.input";
        };
    }
}
