package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import com.invoicedoctor.engine.Observation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        try (Socket socket = open(target, address, tls, deadline)) {
            HttpResponse r = new HttpExchange(socket, start).get(target, deadline.millis(FIRST_BYTE),
                    deadline.millis(IDLE), deadline.millis(TOTAL));
            Answer answer = new Answer(r, r.firstByteMs() < 0 ? -1 : wallStart + r.firstByteMs());
            String note = target.https() && !tls.trusted() ? " (certificate not verified, to see the server behind it)" : "";
            return judge(r, answer, note);
        } catch (IOException | GeneralSecurityException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            String outcome = e instanceof IOException io ? Connect.classify(io) : "failed";
            String detail = "request failed after " + ms + " ms: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            ProbeStatus status = outcome.equals("timeout") ? ProbeStatus.timeout : ProbeStatus.fail;
            return Measured.of(null, new ProbeResult(NAME, status, detail, ms));
        }
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

    private static Measured<Answer> judge(HttpResponse r, Answer answer, String note) {
        List<Observation> facts = new ArrayList<>();
        String head = r.status() > 0 ? "HTTP " + r.status() + contentType(r) : "no status line";
        String timing = r.firstByteMs() < 0 ? "no first byte within " + r.totalMs() + " ms"
                : "first byte after " + r.firstByteMs() + " ms" + latencyVerdict(r.firstByteMs()) + ", " + r.bytes() + " bytes in " + r.totalMs() + " ms";
        StringBuilder detail = new StringBuilder(head + "; " + timing);
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
                if (!body.value().equals("normal") || r.status() >= 400) {
                    verdict = ProbeStatus.fail;
                }
            }
        }
        if (verdict == ProbeStatus.ok && r.firstByteMs() > Thresholds.HTTPS_SLOW_MS) {
            verdict = ProbeStatus.warn;
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
