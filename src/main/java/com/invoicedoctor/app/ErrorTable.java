package com.invoicedoctor.app;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.invoicedoctor.cases.CaseInputException;
import com.invoicedoctor.cases.CaseNotFoundException;
import com.invoicedoctor.engine.InvalidFactException;
import com.invoicedoctor.interview.InvalidAnswerException;
import com.invoicedoctor.pages.BadRequestException;
import com.invoicedoctor.pages.ErrorMapping.Reply;
import com.invoicedoctor.pages.ErrorMapping;
import com.invoicedoctor.pages.JsonErrors;
import com.invoicedoctor.pages.UnsupportedBodyException;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.session.ChecksBusyException;
import com.invoicedoctor.session.ConcurrentChangeException;
import com.invoicedoctor.session.InputTooLargeException;
import com.invoicedoctor.session.SessionNotFoundException;
import com.invoicedoctor.session.UnknownEndpointException;
import com.invoicedoctor.staff.ForbiddenException;
import com.invoicedoctor.staff.NotSignedInException;
import com.invoicedoctor.staff.StaffAuth;
import com.invoicedoctor.staff.StaffInputException;
import com.invoicedoctor.staff.StaffPage;
import com.invoicedoctor.staff.TooManySignInsException;
import com.invoicedoctor.web.UnfitValueException;
import io.javalin.http.HttpResponseException;
import java.util.Map;

/**
 * Every exception's HTTP status, in one table for the whole app, customer and staff side alike. The exceptions stay
 * free of HTTP (the engine and the interview do not know they are served); this is where they meet it. Customer
 * pages tell the person what happened from a message key; staff pages show the message itself.
 */
final class ErrorTable {
    private ErrorTable() {
    }

    static ErrorMapping of(Views views) {
        return new ErrorMapping(views, StaffPage.errorPage(views))
                // the customer side
                .map(BadRequestException.class, e -> Reply.person(400, e.getMessage(), "error.text.input"))
                // a JSON body any handler parsed and found broken: the client's, in our words (reading, never writing, fails so)
                .map(StreamReadException.class, e -> Reply.person(400, JsonErrors.describe(e), "error.text.input"))
                .map(MismatchedInputException.class, e -> Reply.person(400, JsonErrors.describe(e), "error.text.input"))
                .map(StreamConstraintsException.class, e -> Reply.person(400, JsonErrors.describe(e), "error.text.input"))
                .map(UnsupportedBodyException.class, e -> Reply.person(415, e.getMessage(), "error.text.input"))
                .map(SessionNotFoundException.class, e -> Reply.person(404, e.getMessage(), "error.text.session"))
                .map(UnknownEndpointException.class, e -> Reply.person(404, e.getMessage(), "error.text.endpoint"))
                .map(InvalidAnswerException.class, e -> e.unknownId()
                        ? Reply.person(404, e.getMessage(), "error.text.question")
                        : Reply.person(422, e.getMessage(), "error.text.answer"))
                .map(UnfitValueException.class, e -> Reply.person(422, e.getMessage(), "error.text.input"))
                .map(InvalidFactException.class, e -> Reply.person(422, e.getMessage(), "error.text.answer"))
                .map(InputTooLargeException.class, e -> Reply.person(413, e.getMessage(), "error.text.tooLarge"))
                .map(ConcurrentChangeException.class, e -> Reply.person(409, e.getMessage(), "error.text.conflict"))
                .map(ChecksBusyException.class, e -> Reply.person(429, e.getMessage(), "error.text.busy"))
                // what the web server itself answers: an unknown page or method, a body too large
                .map(HttpResponseException.class, e -> Reply.person(e.getStatus(), describe(e), ErrorMapping.personKey(e.getStatus())))
                // the staff side: 401 or a redirect to sign in, 403, 400/422, 404, 429
                .handle(NotSignedInException.class, StaffAuth::notSignedIn)
                .handle(MetricsRoutes.RefusedException.class, (e, ctx) -> ctx.status(401)
                        .header("WWW-Authenticate", "Bearer realm=\"metrics\"").json(Map.of("error", e.getMessage())))
                .map(ForbiddenException.class, e -> Reply.staff(403, e.getMessage()))
                .map(StaffInputException.class, e -> Reply.staff(400, e.getMessage()))
                .map(CaseInputException.class, e -> Reply.staff(422, e.getMessage()))
                .map(CaseNotFoundException.class, e -> Reply.staff(404, e.getMessage()))
                .map(TooManySignInsException.class, e -> Reply.staff(429, e.getMessage())
                        .header("Retry-After", String.valueOf(e.retryAfterSeconds())));
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
