package com.invoicedoctor.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.invoicedoctor.cases.CaseRecorderQueue;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.cases.LiveKnowledge;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.metrics.AppMetrics;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.session.Checks;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import com.invoicedoctor.session.Prober;
import com.invoicedoctor.session.SessionStore;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.staff.FirstAdmin;
import com.invoicedoctor.staff.Helpdesk;
import com.invoicedoctor.staff.StaffRoutes;
import com.invoicedoctor.web.jetty.ConnectionLimits;
import com.invoicedoctor.web.jetty.JettySetup;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that wires InvoiceDoctor's web side: knowledge, reasoner, interviewer, session store,
 * checks, views and the Javalin server with its routes. No container; everything through constructors.
 */
public final class WebApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Request bodies above this are refused with 413. */
    public static final long MAX_BODY = 64 * 1024;

    /**
     * How to run.
     *
     * @param port      0 for any free port
     * @param database  the application database: URL, credentials, pool size
     * @param endpoints the invoice endpoints the operator allows to be checked
     * @param prober    runs the server's probes; null when unavailable (only the browser's checks are offered)
     * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For names the client (none: direct clients)
     * @param limits    what one client may hold of the server (connections, slow bodies, threads)
     * @param publicUrl where users reach the server, for absolute links; null for relative links
     * @param metricsToken a scraper sending it as a bearer token may read /metrics; null for staff only
     * @param staffZone the time zone of times on the staff pages, the dashboard's days and the CSV export
     */
    public record Settings(int port, DatabaseSettings database, ProbeTargets endpoints, Prober prober, List<String> trustedProxies,
                           ConnectionLimits limits, PublicUrl publicUrl, String metricsToken, ZoneId staffZone,
                           HelpdeskContact contact) {
        /** Shortest metrics token accepted: a scraper's secret must not be guessable. */
        public static final int MIN_TOKEN = 16;

        public Settings {
            trustedProxies = List.copyOf(trustedProxies);
            staffZone = staffZone == null ? Helpdesk.DEFAULT_ZONE : staffZone;
            contact = contact == null ? HelpdeskContact.none() : contact;
            if (metricsToken != null && metricsToken.length() < MIN_TOKEN) {
                throw new IllegalArgumentException("the metrics token must be at least " + MIN_TOKEN + " characters long");
            }
        }

        /** Staff times in the default zone (Asia/Shanghai), without a helpdesk contact configured. */
        public Settings(int port, DatabaseSettings database, ProbeTargets endpoints, Prober prober, List<String> trustedProxies,
                        ConnectionLimits limits, PublicUrl publicUrl, String metricsToken) {
            this(port, database, endpoints, prober, trustedProxies, limits, publicUrl, metricsToken, null, null);
        }

        /** Clients that connect directly, the default connection limits, relative links, /metrics for staff only. */
        public Settings(int port, String dbUrl, ProbeTargets endpoints, Prober prober) {
            this(port, dbUrl, endpoints, prober, List.of());
        }

        /** The database at this URL, no separate credentials, the default pool. */
        public Settings(int port, String dbUrl, ProbeTargets endpoints, Prober prober, List<String> trustedProxies) {
            this(port, DatabaseSettings.of(dbUrl), endpoints, prober, trustedProxies);
        }

        /** Behind these proxies, the default connection limits, relative links, /metrics for staff only. */
        public Settings(int port, DatabaseSettings database, ProbeTargets endpoints, Prober prober, List<String> trustedProxies) {
            this(port, database, endpoints, prober, trustedProxies, ConnectionLimits.defaults(), null, null);
        }

        /** The same with other connection limits. */
        public Settings with(ConnectionLimits other) {
            return new Settings(port, database, endpoints, prober, trustedProxies, other, publicUrl, metricsToken, staffZone, contact);
        }

        /** The same with absolute links to this public URL (null: relative links). */
        public Settings with(PublicUrl other) {
            return new Settings(port, database, endpoints, prober, trustedProxies, limits, other, metricsToken, staffZone, contact);
        }

        /** The same with a token that lets a scraper read /metrics (null: staff only). */
        public Settings withMetricsToken(String token) {
            return new Settings(port, database, endpoints, prober, trustedProxies, limits, publicUrl, token, staffZone, contact);
        }

        /** The same with staff times in this zone. */
        public Settings withStaffZone(ZoneId zone) {
            return new Settings(port, database, endpoints, prober, trustedProxies, limits, publicUrl, metricsToken, zone, contact);
        }

        /** The same with this helpdesk contact shown on the hand-off page. */
        public Settings with(HelpdeskContact other) {
            return new Settings(port, database, endpoints, prober, trustedProxies, limits, publicUrl, metricsToken, staffZone, other);
        }
    }

    /** How often an instance looks for learned priors and knowledge reloads written by other instances. */
    static final Duration FOLLOW = Duration.ofSeconds(5);

    private final Javalin javalin;
    private final Database db;
    private final Checks checks;
    private final LiveKnowledge live;
    private final CaseRecorderQueue recorderQueue;

    private WebApp(Javalin javalin, Database db, Checks checks, LiveKnowledge live,
                   CaseRecorderQueue recorderQueue) {
        this.javalin = javalin;
        this.db = db;
        this.checks = checks;
        this.live = live;
        this.recorderQueue = recorderQueue;
    }

    /** Builds everything and starts listening; knowledge reloads read ./rules and ./knowledge-base (else the jar's). */
    public static WebApp start(KnowledgeBase kb, Settings settings) {
        return start(kb, KnowledgeSource.resolve(null, null), settings);
    }

    /** Builds everything and starts listening; {@code source} is where a knowledge editor's reload reads from. */
    public static WebApp start(KnowledgeBase kb, KnowledgeSource source, Settings settings) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // one pool for everything: sessions, and the helpdesk side (staff, cases, learning, incidents)
        Database db = Database.open(settings.database());
        LiveKnowledge live = new LiveKnowledge(kb, source, new Learning(db), db);
        live.follow(FOLLOW);
        Helpdesk helpdesk = Helpdesk.open(db, live, IncidentPolicy.defaults(), 12, settings.staffZone());
        FirstAdmin.ensure(helpdesk.accounts(), System.getenv());
        AppMetrics metrics = new AppMetrics();
        Sessions sessions = new Sessions(new SessionStore(db), live::interviewer,
                helpdesk.recorderQueue().andThen(metrics::sessionChanged));
        catchUpCases(helpdesk, sessions);
        ClientAddresses addresses = settings.trustedProxies().isEmpty() ? ClientAddresses.direct()
                : ClientAddresses.behind(settings.trustedProxies());
        StaffRoutes staff = new StaffRoutes(helpdesk, sessions, mapper, addresses, metrics::signInRejected, settings.contact());
        Checks checks = new Checks(settings.endpoints(), measured(settings.prober(), metrics), sessions);
        Views views = new Views();
        SessionViewBuilder sessionViews = new SessionViewBuilder(sessions::interviewer, checks);
        Map<String, String> headers = SecurityHeaders.of(settings.endpoints());
        JettySetup jetty = new JettySetup(settings.limits(), (int) MAX_BODY);
        jetty.measure(metrics);
        metrics.pool("db", db, Database::inUse, Database::idle, Database::size);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            jetty.applyTo(config, settings.port(), headers);
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            config.routes.before(ctx -> headers.forEach(ctx::header));
            config.routes.after(HtmlCharset::add);
            ServerTiming.register(config.routes);
            new ErrorMapping(views).register(config.routes);
            new RequestBodyCheck().register(config.routes);
            new MetricsRoutes(metrics, helpdesk.logins(), settings.metricsToken()).register(config.routes);
            new KnowledgeApi(() -> live.get().reasoner(), sessions, mapper, metrics).register(config.routes);
            new SessionApi(sessions, sessionViews, mapper).register(config.routes);
            new CheckApi(checks, sessions, sessionViews, mapper).register(config.routes);
            new StartPage(sessions, views).register(config.routes);
            new InterviewPages(sessions, sessionViews, checks, views, settings.publicUrl(),
                    id -> helpdesk.cases().find(id).map(c -> c.code()).map(com.invoicedoctor.cases.CaseCodes::spoken).orElse(null))
                    .register(config.routes);
            staff.register(config.routes);
        });
        // the readers of the live knowledge (error texts, descriptions) are built before the port opens, so the first
        // requests after a start or a restart do not wait for them
        sessions.interviewer();
        try {
            javalin.start();
        } catch (RuntimeException e) {
            checks.close();
            helpdesk.recorderQueue().close();
            live.close();
            db.close();
            throw e;
        }
        return new WebApp(javalin, db, checks, live, helpdesk.recorderQueue());
    }

    /** The prober with each run's durations counted; null stays null (no server checks). */
    private static Prober measured(Prober prober, AppMetrics metrics) {
        return prober == null ? null : target -> {
            ProbeReport report = prober.probe(target);
            metrics.probed(report);
            return report;
        };
    }

    /** Queues the sessions a crash left unrecorded in the case list (recorded off the request, like every change). */
    private static void catchUpCases(Helpdesk helpdesk, Sessions sessions) {
        for (String id : helpdesk.cases().sessionsBehind()) {
            try {
                helpdesk.recorderQueue().accept(sessions.get(id, null));
            } catch (RuntimeException e) {
                LOG.warn("could not catch up the case of session {}: {}", id, e.getMessage());
            }
        }
    }

    /** The port it listens on. */
    public int port() {
        return javalin.port();
    }

    /** Stops the server and closes the database. */
    @Override
    public void close() {
        javalin.stop();
        checks.close();
        recorderQueue.close();
        live.close();
        db.close();
    }

    /** The origins of the endpoints, for the browser's Content-Security-Policy. */
    static String origins(ProbeTargets endpoints) {
        return endpoints.all().stream().map(e -> e.uri().getScheme() + "://" + e.uri().getRawAuthority()).distinct()
                .collect(Collectors.joining(" "));
    }
}
