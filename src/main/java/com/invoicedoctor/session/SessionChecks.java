package com.invoicedoctor.session;

import com.invoicedoctor.probe.ProbeResult;
import java.time.Instant;
import java.util.List;

/**
 * The latest checks of a session: the server's probes of a configured invoice endpoint, and the checks the
 * customer's own browser ran. Either may be null.
 */
public record SessionChecks(Server server, Browser browser) {

    /** No checks run yet. */
    public static final SessionChecks NONE = new SessionChecks(null, null);

    /** The server's probes of one configured endpoint. */
    public record Server(String endpoint, String target, long ms, List<ProbeResult> results, Instant at) {
        public Server {
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /**
     * What the customer's browser measured.
     *
     * @param reachable        whether the browser reached the endpoint, null when not tried
     * @param ms               the fastest of its requests, null when it failed
     * @param clockSkewSeconds browser clock minus the server's Date header, null when not measured
     * @param error            why the request failed ("timeout", "network", "blocked"), null when it did not
     */
    public record Browser(String endpoint, Boolean reachable, Long ms, Long clockSkewSeconds, String error, Instant at) {
    }

    /** These checks with the server's probe results replaced. */
    public SessionChecks withServer(Server next) {
        return new SessionChecks(next, browser);
    }

    /** These checks with the browser's results replaced. */
    public SessionChecks withBrowser(Browser next) {
        return new SessionChecks(server, next);
    }
}
