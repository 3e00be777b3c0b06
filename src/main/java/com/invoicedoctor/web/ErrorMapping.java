package com.invoicedoctor.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.invoicedoctor.engine.InvalidFactException;
import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.interview.InvalidAnswerException;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.session.ChecksBusyException;
import com.invoicedoctor.session.ConcurrentChangeException;
import com.invoicedoctor.session.InputTooLargeException;
import com.invoicedoctor.session.SessionNotFoundException;
import com.invoicedoctor.session.UnknownEndpointException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error's status, in one place: JSON {"error": "..."} under /api, the status-aware error page elsewhere.
 * Bad input gets a 4xx with a message that says what to fix; only a fault of the program is a 500, and its
 * stack trace goes to the log, never to the client.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final Views views;

    ErrorMapping(Views views) {
        this.views = views;
    }

    void register(RoutesConfig routes) {
        routes.exception(BadRequestException.class, (e, ctx) -> respond(ctx, 400, e.getMessage(), "error.text.input"));
        // a JSON body any handler parsed and found broken: the client's, in our words (reading, never writing, fails so)
        routes.exception(StreamReadException.class, (e, ctx) -> respond(ctx, 400, JsonErrors.describe(e), "error.text.input"));
        routes.exception(MismatchedInputException.class, (e, ctx) -> respond(ctx, 400, JsonErrors.describe(e), "error.text.input"));
        routes.exception(StreamConstraintsException.class, (e, ctx) -> respond(ctx, 400, JsonErrors.describe(e), "error.text.input"));
        routes.exception(UnsupportedBodyException.class, (e, ctx) -> respond(ctx, 415, e.getMessage(), "error.text.input"));
        routes.exception(SessionNotFoundException.class, (e, ctx) -> respond(ctx, 404, e.getMessage(), "error.text.session"));
        routes.exception(UnknownEndpointException.class, (e, ctx) -> respond(ctx, 404, e.getMessage(), "error.text.endpoint"));
        routes.exception(InvalidAnswerException.class, (e, ctx) -> respond(ctx, e.unknownId() ? 404 : 422, e.getMessage(),
                e.unknownId() ? "error.text.question" : "error.text.answer"));
        routes.exception(UnfitValueException.class, (e, ctx) -> respond(ctx, 422, e.getMessage(), "error.text.input"));
        routes.exception(InvalidFactException.class, (e, ctx) -> respond(ctx, 422, e.getMessage(), "error.text.answer"));
        routes.exception(InputTooLargeException.class, (e, ctx) -> respond(ctx, 413, e.getMessage(), "error.text.tooLarge"));
        routes.exception(ConcurrentChangeException.class, (e, ctx) -> respond(ctx, 409, e.getMessage(), "error.text.conflict"));
        routes.exception(ChecksBusyException.class, (e, ctx) -> respond(ctx, 429, e.getMessage(), "error.text.busy"));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), describe(e), personKey(e.getStatus())));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error; the server log has the details", "error.text.server");
        });
    }

    /**
     * The JSON API keeps the technical message (it names fields and paths for a developer); a page tells the person
     * in their language what happened and what to do, from {@code personKey}.
     */
    private void respond(Context ctx, int status, String message, String personKey) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            ctx.json(Map.of("error", message));
            return;
        }
        Lang lang = UiLang.page(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang.name());
        model.put("path", "GET".equals(ctx.method().name()) ? SitePath.of(ctx.path()) : "/");
        model.put("status", status);
        model.put("errorTitle", Messages.get(lang, titleKey(status)));
        model.put("message", Messages.get(lang, personKey));
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
    private static String personKey(int status) {
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

    private static String describe(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "not found: no such page or API path";
            case 405 -> "method not allowed on this path";
            case 413 -> "the request body is larger than 64 KiB";
            default -> e.getMessage();
        };
    }
}
