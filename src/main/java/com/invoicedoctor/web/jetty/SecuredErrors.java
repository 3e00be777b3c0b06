package com.invoicedoctor.web.jetty;

import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the application (400 for a malformed request, 414 for a
 * URI too long, 431 for headers too large, 408 and 413 from {@link BufferedBodies}): with the same security headers as
 * every other answer, and without stack traces or the server's name.
 */
final class SecuredErrors extends ErrorHandler {
    private final Map<String, String> headers;

    SecuredErrors(Map<String, String> headers) {
        this.headers = headers;
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }
}
