package com.invoicedoctor.cli;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.SettingSources;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.probe.ProbeRunner;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.staff.SignInRejections;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;


/** Runs the web UI and the JSON API until stopped. */
@Command(name = "serve", description = "Serves the web UI and the JSON API; sessions are kept in an embedded database "
        + "under ./data/ unless --db says otherwise. Each setting is taken from the command line, else the environment "
        + "(INVOICE_DOCTOR_PORT, INVOICE_DOCTOR_IDLE_TIMEOUT, …), else the config file (--config).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a properties file with any of the settings below by their option's name (idle-timeout = 60, "
                    + "endpoint = platform:https://…, db.url, db.user, db.password, admin-password, …); the command line "
                    + "and the environment (INVOICE_DOCTOR_ and the name in capitals) win over it. Else $"
                    + SettingSources.CONFIG_ENV + ".")
    Path config;

    @Option(names = "--port", description = "port to listen on (default 7070; 0 for any free port)")
    Integer port;

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

    @Option(names = "--idle-timeout", paramLabel = "SECONDS",
            description = "close a connection that sends nothing for this long (default 30)")
    Long idleTimeout;

    @Option(names = "--body-timeout", paramLabel = "SECONDS",
            description = "answer 408 to a request body not complete after this long (default 10)")
    Long bodyTimeout;

    @Option(names = "--min-body-rate", paramLabel = "BYTES/S",
            description = "answer 408 to a request body arriving slower than this after its first 2 s; 0 for no minimum "
                    + "(default 1024)")
    Integer minBodyRate;

    @Option(names = "--max-connections-per-address", paramLabel = "N",
            description = "open connections one client address may hold (default 64); behind a proxy, raise it")
    Integer perAddress;

    @Option(names = "--max-connections", paramLabel = "N", description = "open connections in all (default 10000)")
    Integer maxConnections;

    @Option(names = "--threads", paramLabel = "N", description = "threads that handle requests (default 200)")
    Integer threads;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "where users reach this server, e.g. https://help.example.com, for links that must be absolute "
                    + "(the share link); without it they are relative. Never taken from the request's Host header.")
    String publicUrl;

    @Option(names = "--metrics-token", paramLabel = "TOKEN",
            description = "lets a scraper read /metrics with 'Authorization: Bearer TOKEN' (at least 16 characters); "
                    + "without it only signed-in staff can. Prefer the environment or the config file: options show in "
                    + "process lists.")
    String metricsToken;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "the time zone of times on the staff pages, the dashboard's days and the CSV export, "
                    + "e.g. Asia/Shanghai or UTC (default Asia/Shanghai); the JSON API always gives UTC")
    String timeZone;

    @Option(names = "--helpdesk-phone", paramLabel = "NUMBER",
            description = "the helpdesk's phone number, shown to customers with their hand-off code")
    String helpdeskPhone;

    @Option(names = "--helpdesk-hours", paramLabel = "TEXT",
            description = "when the helpdesk answers, shown with the phone number, e.g. \"工作日 9:00–18:00\"")
    String helpdeskHours;

    @Option(names = "--helpdesk-chat", paramLabel = "URL",
            description = "a link to the helpdesk's chat (https://…), shown with the hand-off code")
    String helpdeskChat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the knowledge loads (and its rules are built) on threads of their own from the first moment, the longest part
        // of a start, while this one reads the settings and opens the database (not in the common pool, which on two
        // cores has one worker)
        CompletableFuture<KnowledgeBase> loading = CompletableFuture.supplyAsync(() -> knowledge.loadOrReport(err),
                task -> new Thread(task, "knowledge").start());
        Settings settings;
        try {
            settings = Settings.read(SettingSources.of(flags(spec.commandLine().getParseResult()), System.getenv(),
                    config != null ? config : database.config));
        } catch (IllegalArgumentException e) {
            err.println("Not starting: " + e.getMessage());
            err.flush();
            return 2;
        }
        Database db = Database.open(settings.database());
        KnowledgeBase kb;
        try {
            kb = loading.join();
        } catch (CompletionException e) {
            db.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (kb == null) {
            db.close();
            err.println("Not starting: fix the knowledge first (java -jar invoice-doctor.jar validate).");
            err.flush();
            return 1;
        }
        // probe through the system's proxy settings, as the customer's invoicing client does
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        ProbeRunner runner = new ProbeRunner(kb);
        WebApp app = new Assembly(kb, knowledge.source(), settings, db, uri -> runner.run(uri, ProbeRunner.DEFAULT_DEADLINE),
                SignInRejections.NONE).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        out.printf("InvoiceDoctor is running at http://localhost:%d/ (knowledge %s, %d causes; sessions in %s)%n",
                app.port(), kb.version(), kb.causes().size(), settings.database().url());
        if (settings.publicUrl() != null) {
            out.printf("  users reach it at %s/%n", settings.publicUrl().base());
        }
        settings.endpoints().all().forEach(e -> out.printf("  endpoint %s: %s (%s)%n", e.id(), e.uri(),
                e.role() == null ? "role not given: the interview asks" : e.role()));
        out.printf("  helpdesk staff sign in at http://localhost:%d/staff/%n", app.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The settings given on the command line, by their names (the option without "--"; --db is db.url, --db-pool-size
     * db.pool-size); a repeated option's values separated by line breaks. The knowledge and config options are not
     * settings.
     */
    static Map<String, String> flags(ParseResult parsed) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName().replaceFirst("^--", "");
            name = switch (name) {
                case "db" -> "db.url";
                case "db-pool-size" -> "db.pool-size";
                default -> name;
            };
            if (!Set.of("config", "db-config", "rules", "kb").contains(name)) {
                flags.put(name, String.join("\n", option.stringValues()));
            }
        }
        return flags;
    }

    /** The --endpoint values as probe targets (see {@link Settings#endpoints}). */
    static ProbeTargets targets(List<String> values) {
        return Settings.endpoints(values);
    }
}
