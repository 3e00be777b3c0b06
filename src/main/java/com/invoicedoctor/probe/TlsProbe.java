package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The TLS handshake with an https endpoint: whether it completes, and whether a client would accept the
 * certificate (dates, public roots, host name); who issued it hints at interception.
 */
final class TlsProbe {
    static final String NAME = "tls";
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    /** Whether the handshake completed at all (the certificate may still be unacceptable). */
    record Outcome(boolean completed, boolean trusted) {
    }

    Measured<Outcome> run(Target target, InetSocketAddress address, Deadline deadline) {
        if (!target.https()) {
            return Measured.of(new Outcome(true, true), ProbeResult.skipped(NAME, "plain http: no TLS"));
        }
        if (address == null) {
            return Measured.of(null, ProbeResult.skipped(NAME, "not tried: no TCP connection"));
        }
        Stopwatch clock = Stopwatch.start();
        try (Socket raw = new Socket()) {
            raw.connect(address, deadline.millis(TIMEOUT));
            raw.setSoTimeout(deadline.millis(TIMEOUT));
            try (SSLSocket tls = (SSLSocket) AcceptAnyCertificate.context().getSocketFactory()
                    .createSocket(raw, target.host(), target.port(), true)) {
                if (!target.isAddressLiteral()) {
                    SSLParameters parameters = tls.getSSLParameters();
                    parameters.setServerNames(List.of(new SNIHostName(target.host())));
                    tls.setSSLParameters(parameters);
                }
                tls.startHandshake();
                long ms = clock.ms();
                X509Certificate[] chain = (X509Certificate[]) tls.getSession().getPeerCertificates();
                CertificateCheck.Verdict v = CertificateCheck.judge(chain, target.host(), Instant.now());
                String detail = tls.getSession().getProtocol() + " handshake in " + ms + " ms; " + v.detail();
                ProbeStatus status = !v.handshake().equals("ok") ? ProbeStatus.fail : v.warn() ? ProbeStatus.warn : ProbeStatus.ok;
                return Measured.of(new Outcome(true, v.handshake().equals("ok")), new ProbeResult(NAME, status, detail, ms),
                        fact("net.tls.handshake", v.handshake(), detail), fact("net.tls.issuer", v.issuer(), detail),
                        fact("net.tls.name", v.nameMatches() ? "matches" : "mismatch", detail));
            }
        } catch (SocketTimeoutException e) {
            String detail = "no TLS handshake answer within " + clock.ms() + " ms";
            return Measured.of(null, new ProbeResult(NAME, ProbeStatus.timeout, detail, clock.ms()),
                    fact("net.tls.handshake", "failed", detail));
        } catch (IOException | GeneralSecurityException e) {
            String detail = "TLS handshake failed after " + clock.ms() + " ms: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            return Measured.of(null, new ProbeResult(NAME, ProbeStatus.fail, detail, clock.ms()),
                    fact("net.tls.handshake", "failed", detail));
        }
    }
}
