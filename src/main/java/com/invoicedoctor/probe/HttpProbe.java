package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import com.invoicedoctor.engine.Observation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Asks the endpoint once and judges the answer: status, empty or unparseable body, time to first byte,
 * and whether the answer came whole, was reset, stalled or trickled in.
 */
final class HttpProbe {
    static final String NAME = "http";
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration FIRST_BYTE = Duration.ofSeconds(6);
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration TOTAL = Duration.ofSeconds(8);
    /** Redirects followed on the same host before calling it a loop (curl's default is 50, browsers stop near 20). */
    private static final int MAX_REDIRECTS = 10;

    /** The answer and the local wall-clock time its first byte arrived (for the clock check). */
    record Answer(HttpResponse response, long localMillisAtFirstByte) {
    }

    Measured<Answer> run(Target target, InetSocketAddress address, TlsProbe.Outcome tls, Deadline deadline) {
        if (address == null) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not tried: no TCP connection"));
        }
        if (tls == null || !tls.completed()) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not tried: the TLS handshake failed"));
        }
        long wallStart = System.currentTimeMillis();
        long start = System.nanoTime();
        Target asked = target;
        Set<String> visited = new LinkedHashSet<>();
        try {
            while (true) {
                visited.add(asked.requestPath());
                HttpResponse r;
                try (Socket socket = open(asked, address, tls, deadline)) {
                    r = new HttpExchange(socket, start).get(asked, deadline.millis(FIRST_BYTE),
                            deadline.millis(IDLE), deadline.millis(TOTAL));
                }
                Answer answer = new Answer(r, r.firstByteMs() < 0 ? -1 : wallStart + r.firstByteMs());
                String note = target.https() && !tls.trusted() ? " (certificate not verified, to see the server behind it)" : "";
                Optional<URI> next = redirect(asked, r);
                if (next.isEmpty()) {
                    return judge(r, answer, note, hops(visited));
                }
                Target to = Target.of(next.get());
                if (!sameOrigin(target, to)) {
                    return redirected(r, answer, "redirected to another host, " + next.get() + ", which this probe does not follow"
                            + hops(visited), "elsewhere");
                }
                if (visited.contains(to.requestPath()) || visited.size() > MAX_REDIRECTS) {
                    visited.add(to.requestPath());
                    return redirected(r, answer, "redirect loop: " + String.join(" -> ", visited), "loop");
                }
                asked = to;
            }
        } catch (IOException | GeneralSecurityException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            String outcome = e instanceof IOException io ? Connect.classify(io) : "failed";
            String detail = "request failed after " + ms + " ms: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            ProbeStatus status = outcome.equals("timeout") ? ProbeStatus.timeout : ProbeStatus.fail;
            return Measured.of(null, new ProbeResult(NAME, status, detail, ms));
        }
    }

    /** Where a complete 3xx answer with a Location points, resolved against the request. */
    private static Optional<URI> redirect(Target asked, HttpResponse r) {
        String location = r.header("location");
        if (r.status() < 300 || r.status() > 399 || location == null || !r.transfer().equals("complete")) {
            return Optional.empty();
        }
        try {
            URI next = asked.uri().resolve(new URI(location.trim()));
            Target.of(next);
            return Optional.of(next);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Only the configured host is ever asked: following a redirect elsewhere would let the endpoint pick targets. */
    private static boolean sameOrigin(Target a, Target b) {
        return a.https() == b.https() && a.port() == b.port() && a.host().equalsIgnoreCase(b.host());
    }

    private static String hops(Set<String> visited) {
        return visited.size() > 1 ? "; after redirects " + String.join(" -> ", visited) : "";
    }

    private static Measured<Answer> redirected(HttpResponse r, Answer answer, String what, String value) {
        String text = "HTTP " + r.status() + "; " + what;
        ProbeStatus verdict = value.equals("loop") ? ProbeStatus.fail : ProbeStatus.warn;
        return new Measured<>(answer, new ProbeResult(NAME, verdict, text, r.totalMs()),
                List.of(fact("http.redirect", value, text), fact("http.transfer", r.transfer(), text)));
    }

    private static Socket open(Target target, InetSocketAddress address, TlsProbe.Outcome tls, Deadline deadline)
            throws IOException, GeneralSecurityException {
        Socket raw = new Socket();
        raw.connect(address, deadline.millis(CONNECT));
        if (!target.https()) {
            return raw;
        }
        raw.setSoTimeout(deadline.millis(CONNECT));
        SSLContext context = tls.trusted() ? SSLContext.getDefault() : AcceptAnyCertificate.context();
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(raw, target.host(), target.port(), true);
        if (tls.trusted()) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
        }
        socket.startHandshake();
        return socket;
    }

    private static Measured<Answer> judge(HttpResponse r, Answer answer, String note, String hops) {
        List<Observation> facts = new ArrayList<>();
        String head = r.status() > 0 ? "HTTP " + r.status() + contentType(r) : "no status line";
        String timing = r.firstByteMs() < 0 ? "no first byte within " + r.totalMs() + " ms"
                : "first byte after " + r.firstByteMs() + " ms" + latencyVerdict(r.firstByteMs()) + ", " + r.bytes() + " bytes in " + r.totalMs() + " ms";
        StringBuilder detail = new StringBuilder(head + "; " + timing + hops);
        String status = statusValue(r.status());
        ProbeStatus verdict = ProbeStatus.ok;
        switch (r.transfer()) {
            case "timeout" -> {
                status = "timeout";
                verdict = ProbeStatus.timeout;
                detail.append("; the server accepted the connection but did not answer");
            }
            case "closed" -> {
                verdict = ProbeStatus.fail;
                detail.append("; the server closed the connection without a reply (curl: \"Empty reply from server\")");
                facts.add(fact("http.body", "empty", detail + note));
            }
            case "reset" -> {
                verdict = ProbeStatus.fail;
                detail.append("; the connection was reset (").append(r.error()).append(')');
            }
            case "stalled" -> {
                verdict = ProbeStatus.fail;
                detail.append("; the answer stopped arriving (").append(IDLE.toSeconds()).append(" s without a byte)");
            }
            case "slow" -> {
                verdict = ProbeStatus.warn;
                detail.append(String.format("; the answer trickled in at %.0f bytes/s and was not complete when the probe stopped", r.throughput()));
            }
            default -> {
                BodyCheck.Verdict body = BodyCheck.judge(r.header("content-type"), r.body());
                detail.append("; body ").append(body.value()).append(": ").append(body.reason());
                facts.add(fact("http.body", body.value(), detail + note));
                BodyCheck.kind(r.header("content-type"), r.body()).ifPresent(kind -> facts.add(fact("http.content", kind, detail + note)));
                if (!body.value().equals("normal") || r.status() >= 400) {
                    verdict = ProbeStatus.fail;
                }
            }
        }
        if (verdict == ProbeStatus.ok && r.firstByteMs() > Thresholds.HTTPS_SLOW_MS) {
            verdict = ProbeStatus.warn;
        }
        if (r.status() == 503 || r.status() == 429) {
            String retry = r.header("retry-after");
            detail.append(retry == null ? "; no Retry-After" : "; Retry-After: " + retry);
            facts.add(fact("http.retry-after", retry == null ? "no" : "yes", detail + note));
        }
        String text = detail + note;
        if (status != null) {
            facts.add(0, fact("http.status", status, text));
        }
        facts.add(fact("http.transfer", r.transfer(), text));
        if (r.firstByteMs() >= 0) {
            facts.add(fact("http.latency.ms", r.firstByteMs(), text));
        }
        return new Measured<>(answer, new ProbeResult(NAME, verdict, text, r.totalMs()), facts);
    }

    /** The http.status value for a status code, null when none fits (no status line, 1xx, 3xx). */
    static String statusValue(int code) {
        if (code >= 200 && code < 300) {
            return "ok";
        }
        if (code == 502 || code == 504) {
            return "gateway-error";
        }
        if (code == 503) {
            return "unavailable";
        }
        if (code >= 400 && code < 500) {
            return "client-error";
        }
        return code >= 500 && code < 600 ? "server-error" : null;
    }

    private static String contentType(HttpResponse r) {
        String type = r.header("content-type");
        return type == null ? "" : " (" + type + ")";
    }

    private static String latencyVerdict(long ms) {
        if (ms > Thresholds.HTTPS_VERY_SLOW_MS) {
            return " (very high: over " + Thresholds.HTTPS_VERY_SLOW_MS + " ms)";
        }
        return ms > Thresholds.HTTPS_SLOW_MS ? " (high: over " + Thresholds.HTTPS_SLOW_MS + " ms)" : "";
    }
}
