package com.invoicedoctor.cli;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ProbeRunner;
import com.invoicedoctor.probe.EndpointRole;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.db.DatabaseSettings;
import com.invoicedoctor.web.ClientAddresses;
import com.invoicedoctor.web.HelpdeskContact;
import com.invoicedoctor.web.PublicUrl;
import com.invoicedoctor.web.WebApp;
import com.invoicedoctor.web.jetty.ConnectionLimits;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the web UI and the JSON API until stopped. */
@Command(name = "serve", description = "Serves the web UI and the JSON API; sessions are kept in an embedded database "
        + "under ./data/ unless --db says otherwise.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default 7070; 0 for any free port)")
    int port;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--endpoint", paramLabel = "[ROLE:][ID=]URL",
            description = "an invoice endpoint users may check, as URL, id=URL, or with whose it is in front: platform:URL"
                    + " (the tax bureau's), vendor:URL (a vendor's cloud), own:URL (the company's own server or gateway);"
                    + " repeat for several. Only these are ever probed.")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "IP address of a reverse proxy or load balancer in front of this server; only its "
                    + "X-Forwarded-For is believed when sign-in attempts are counted per client address. Repeatable.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "${env:INVOICE_DOCTOR_IDLE_TIMEOUT:-30}",
            description = "close a connection that sends nothing for this long (default ${DEFAULT-VALUE})")
    long idleTimeout;

    @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "${env:INVOICE_DOCTOR_BODY_TIMEOUT:-10}",
            description = "answer 408 to a request body not complete after this long (default ${DEFAULT-VALUE})")
    long bodyTimeout;

    @Option(names = "--min-body-rate", paramLabel = "BYTES/S", defaultValue = "${env:INVOICE_DOCTOR_MIN_BODY_RATE:-1024}",
            description = "answer 408 to a request body arriving slower than this after its first 2 s; 0 for no minimum "
                    + "(default ${DEFAULT-VALUE})")
    int minBodyRate;

    @Option(names = "--max-connections-per-address", paramLabel = "N",
            defaultValue = "${env:INVOICE_DOCTOR_MAX_CONNECTIONS_PER_ADDRESS:-64}",
            description = "open connections one client address may hold (default ${DEFAULT-VALUE}); behind a proxy, raise it")
    int perAddress;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "${env:INVOICE_DOCTOR_MAX_CONNECTIONS:-10000}",
            description = "open connections in all (default ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "${env:INVOICE_DOCTOR_THREADS:-200}",
            description = "threads that handle requests (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:INVOICE_DOCTOR_PUBLIC_URL}",
            description = "where users reach this server, e.g. https://help.example.com, for links that must be absolute "
                    + "(the share link); without it they are relative. Never taken from the request's Host header.")
    String publicUrl;

    @Option(names = "--metrics-token", paramLabel = "TOKEN", defaultValue = "${env:INVOICE_DOCTOR_METRICS_TOKEN}",
            description = "lets a scraper read /metrics with 'Authorization: Bearer TOKEN' (at least 16 characters); "
                    + "without it only signed-in staff can. Prefer the environment variable: options show in process lists.")
    String metricsToken;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "${env:INVOICE_DOCTOR_TIME_ZONE:-Asia/Shanghai}",
            description = "the time zone of times on the staff pages, the dashboard's days and the CSV export, "
                    + "e.g. Asia/Shanghai or UTC (default ${DEFAULT-VALUE}); the JSON API always gives UTC")
    String timeZone;

    @Option(names = "--helpdesk-phone", paramLabel = "NUMBER", defaultValue = "${env:INVOICE_DOCTOR_HELPDESK_PHONE}",
            description = "the helpdesk's phone number, shown to customers with their hand-off code")
    String helpdeskPhone;

    @Option(names = "--helpdesk-hours", paramLabel = "TEXT", defaultValue = "${env:INVOICE_DOCTOR_HELPDESK_HOURS}",
            description = "when the helpdesk answers, shown with the phone number, e.g. \"工作日 9:00–18:00\"")
    String helpdeskHours;

    @Option(names = "--helpdesk-chat", paramLabel = "URL", defaultValue = "${env:INVOICE_DOCTOR_HELPDESK_CHAT}",
            description = "a link to the helpdesk's chat (https://…), shown with the hand-off code")
    String helpdeskChat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProbeTargets targets;
        try {
            targets = targets(endpoints);
        } catch (IllegalArgumentException e) {
            err.println("--endpoint: " + e.getMessage());
            err.flush();
            return 2;
        }
        try {
            ClientAddresses.behind(trustedProxies);
        } catch (IllegalArgumentException e) {
            err.println("--trusted-proxy: " + e.getMessage());
            err.flush();
            return 2;
        }
        HelpdeskContact contact;
        try {
            contact = new HelpdeskContact(helpdeskPhone, helpdeskHours, helpdeskChat);
        } catch (IllegalArgumentException e) {
            err.println("--helpdesk-chat: " + e.getMessage());
            err.flush();
            return 2;
        }
        ConnectionLimits limits;
        PublicUrl site;
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.trim());
        } catch (java.time.DateTimeException e) {
            err.println("--time-zone: '" + timeZone + "' is not a time zone; give a region such as Asia/Shanghai, or UTC");
            err.flush();
            return 2;
        }
        DatabaseSettings db;
        String token = metricsToken == null || metricsToken.isBlank() ? null : metricsToken.trim();
        try {
            limits = new ConnectionLimits(Duration.ofSeconds(idleTimeout), Duration.ofSeconds(bodyTimeout), minBodyRate,
                    perAddress, maxConnections, threads);
            site = publicUrl == null || publicUrl.isBlank() ? null : PublicUrl.parse(publicUrl);
            db = database.settings();
            if (token != null && token.length() < WebApp.Settings.MIN_TOKEN) {
                throw new IllegalArgumentException("the metrics token must be at least " + WebApp.Settings.MIN_TOKEN
                        + " characters long");
            }
        } catch (IllegalArgumentException e) {
            err.println("Not starting: " + e.getMessage());
            err.flush();
            return 2;
        }
        KnowledgeBase kb = knowledge.loadOrReport(err);
        if (kb == null) {
            err.println("Not starting: fix the knowledge first (java -jar invoice-doctor.jar validate).");
            err.flush();
            return 1;
        }
        // probe through the system's proxy settings, as the customer's invoicing client does
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        ProbeRunner runner = new ProbeRunner(kb);
        WebApp app = WebApp.start(kb, knowledge.source(), new WebApp.Settings(port, db, targets,
                uri -> runner.run(uri, ProbeRunner.DEFAULT_DEADLINE), trustedProxies, limits, site, token, zone, contact));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        out.printf("InvoiceDoctor is running at http://localhost:%d/ (knowledge %s, %d causes; sessions in %s)%n",
                app.port(), kb.version(), kb.causes().size(), db.url());
        if (site != null) {
            out.printf("  users reach it at %s/%n", site.base());
        }
        targets.all().forEach(e -> out.printf("  endpoint %s: %s (%s)%n", e.id(), e.uri(),
                e.role() == null ? "role not given: the interview asks" : e.role()));
        out.printf("  helpdesk staff sign in at http://localhost:%d/staff/%n", app.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The --endpoint values as probe targets: "[role:]id=URL", or "[role:]URL" named after its host; role is
     * platform, vendor or own, and without it the interview asks whose endpoint it is.
     */
    static ProbeTargets targets(List<String> values) {
        List<ProbeTargets.Endpoint> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String value : values) {
            EndpointRole role = EndpointRole.prefixOf(value.trim()).orElse(null);
            String v = EndpointRole.withoutPrefix(value);
            int eq = v.indexOf('=');
            int scheme = v.indexOf("://");
            String id;
            URI uri;
            if (eq > 0 && (scheme < 0 || eq < scheme)) {
                id = v.substring(0, eq).trim();
                uri = URI.create(v.substring(eq + 1).trim());
            } else {
                uri = URI.create(v);
                String host = uri.getHost() == null ? "" : uri.getHost().replaceAll("[^A-Za-z0-9._-]", "-");
                id = host.isEmpty() || !Character.isLetterOrDigit(host.charAt(0)) ? "endpoint" : host;
                String base = id;
                for (int n = 2; ids.contains(id); n++) {
                    id = base + "-" + n;
                }
            }
            ids.add(id);
            list.add(new ProbeTargets.Endpoint(id, uri.getHost() == null ? id : uri.getHost(), uri, role));
        }
        return ProbeTargets.of(list);
    }
}
