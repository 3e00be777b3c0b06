package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.Measured.fact;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The proxy settings in effect for the endpoint (environment, JVM properties, system settings), and
 * whether each proxy answers and lets a request to the endpoint through. A proxy setting left behind by
 * malware or an uninstalled VPN often points to nothing.
 */
final class ProxyProbe {
    static final String NAME = "proxy";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Map<String, String> env;
    private final Properties jvm;
    private final ProxySelector selector;

    ProxyProbe(Map<String, String> env, Properties jvm, ProxySelector selector) {
        this.env = env;
        this.jvm = jvm;
        this.selector = selector;
    }

    Measured<Void> run(Target target, Deadline deadline) {
        Stopwatch clock = Stopwatch.start();
        List<ProxySetting> settings = ProxySetting.find(target, env, jvm, selector);
        if (settings.isEmpty()) {
            String detail = "no proxy in the environment (HTTP(S)_PROXY, ALL_PROXY), the JVM properties or the system settings";
            return Measured.of(null, new ProbeResult(NAME, ProbeStatus.ok, detail, clock.ms()), fact("net.proxy.configured", "no", detail));
        }
        List<String> lines = new ArrayList<>();
        String works = null;
        for (ProxySetting p : settings) {
            if (p.bypassed()) {
                lines.add(p + ": not used for this host");
                continue;
            }
            String verdict = check(p, target, deadline);
            lines.add(p + ": " + verdict);
            if (works == null || !verdict.startsWith("yes")) {
                works = verdict.split("[ :]")[0];
            }
        }
        String detail = "proxies: " + String.join("; ", lines);
        List<com.invoicedoctor.engine.Observation> facts = new ArrayList<>(List.of(fact("net.proxy.configured", "yes", detail)));
        ProbeStatus status = ProbeStatus.warn;
        if (works != null) {
            facts.add(fact("net.proxy.works", works, detail));
            status = works.equals("yes") ? ProbeStatus.ok : ProbeStatus.fail;
        }
        return new Measured<>(null, new ProbeResult(NAME, status, detail, clock.ms()), facts);
    }

    /** "yes …", "unreachable …", "auth-required …", "denied …" or "error …". */
    private static String check(ProxySetting p, Target target, Deadline deadline) {
        Stopwatch clock = Stopwatch.start();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(p.host(), p.port()), deadline.millis(TIMEOUT));
            } catch (IOException e) {
                return "unreachable: " + Connect.classify(e) + " after " + clock.ms() + " ms";
            }
            if (p.socks()) {
                return "yes (answers in " + clock.ms() + " ms)";
            }
            return ask(socket, target, deadline, clock);
        } catch (IOException e) {
            return "error: " + e.getMessage();
        }
    }

    /** Asks the proxy to reach the endpoint: CONNECT for https, an absolute-URI HEAD for http. */
    private static String ask(Socket socket, Target target, Deadline deadline, Stopwatch clock) {
        try {
            socket.setSoTimeout(deadline.millis(TIMEOUT));
            String request = target.https()
                    ? "CONNECT " + target.host() + ":" + target.port() + " HTTP/1.1\r\nHost: " + target.host() + ":" + target.port() + "\r\n\r\n"
                    : "HEAD " + target.uri() + " HTTP/1.1\r\nHost: " + target.hostHeader() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = readLine(socket.getInputStream());
            String[] parts = statusLine.split(" ", 3);
            int code = parts.length >= 2 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
            String said = "\"" + statusLine + "\" after " + clock.ms() + " ms";
            if (code == 407) {
                return "auth-required: " + said;
            }
            if (code == 403) {
                return "denied: " + said;
            }
            return code > 0 && code < 500 ? "yes: " + said : "error: " + (code == 0 ? "no HTTP answer after " + clock.ms() + " ms" : said);
        } catch (IOException e) {
            return "error: accepts connections but did not answer within " + clock.ms() + " ms (" + e.getMessage() + ")";
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && line.length() < 200) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
