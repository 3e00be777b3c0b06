package com.invoicedoctor.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.invoicedoctor.cases.CaseCodes;
import com.invoicedoctor.cases.IncidentPolicy;
import com.invoicedoctor.cases.Learning;
import com.invoicedoctor.knowledge.live.LiveKnowledge;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeSource;
import com.invoicedoctor.metrics.AppMetrics;
import com.invoicedoctor.pages.ClientAddresses;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.session.Checks;
import com.invoicedoctor.session.Prober;
import com.invoicedoctor.session.SessionStore;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.staff.FirstAdmin;
import com.invoicedoctor.staff.Helpdesk;
import com.invoicedoctor.staff.SignInRejections;
import com.invoicedoctor.staff.StaffRoutes;
import com.invoicedoctor.web.CheckApi;
import com.invoicedoctor.web.HtmlCharset;
import com.invoicedoctor.web.InterviewPages;
import com.invoicedoctor.web.KnowledgeApi;
import com.invoicedoctor.web.RequestBodyCheck;
import com.invoicedoctor.web.SecurityHeaders;
import com.invoicedoctor.web.ServerTiming;
import com.invoicedoctor.web.SessionApi;
import com.invoicedoctor.web.SessionViewBuilder;
import com.invoicedoctor.web.StartPage;
import com.invoicedoctor.web.jetty.JettySetup;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds InvoiceDoctor's server from its parts: the database pool, the live knowledge, the
 * helpdesk's services, sessions, checks, the views, the error table and the route table of the customer's and the
 * staff's side. No container; everything through constructors. Building opens the database and reads the knowledge
 * but listens on no port; {@link #start} does. The tests start this same assembly, with settings of their own.
 */
public final class Assembly {
    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    /** Request bodies above this are refused with 413. */
    public static final long MAX_BODY = 64 * 1024;
    /** How often an instance looks for learned priors and knowledge reloads written by other instances. */
    static final Duration FOLLOW = Duration.ofSeconds(5);

    private final Database db;
    private final LiveKnowledge live;
    private final Helpdesk helpdesk;
    private final Sessions sessions;
    private final Checks checks;
    private final Javalin javalin;
    private final List<RouteTable.Route> routes;

    /**
     * Builds everything; nothing listens yet.
     *
     * @param source     where a knowledge editor's reload reads from
     * @param prober     runs the server's probes; null when unavailable (only the browser's checks are offered)
     * @param rejections also told of every rejected sign-in, beside the metrics (tests count them)
     */
    public Assembly(KnowledgeBase kb, KnowledgeSource source, Settings settings, Prober prober, SignInRejections rejections) {
        this(kb, source, settings, Database.open(settings.database()), prober, rejections);
    }

    /**
     * Builds everything over a database already opened and migrated (serve opens it while the knowledge loads); the
     * assembly owns it from here and closes it, also when building fails.
     */
    public Assembly(KnowledgeBase kb, KnowledgeSource source, Settings settings, Database db, Prober prober,
                    SignInRejections rejections) {
        // one pool for everything: sessions, and the helpdesk side (staff, cases, learning, incidents)
        this.db = db;
        // the knowledge's live state (learned priors read from the database, the reasoner, the interviewer) and the
        // metrics (the registry, the JVM's meters) are built on threads of their own while this one sets up JSON, the
        // pages' templates and Jetty: each takes a tenth of a second or more of a start, and none needs the others
        CompletableFuture<LiveKnowledge> liveBuilt = CompletableFuture.supplyAsync(
                () -> new LiveKnowledge(kb, source, new Learning(db)::latest, db),
                task -> new Thread(task, "live-knowledge").start());
        CompletableFuture<AppMetrics> metricsBuilt = CompletableFuture.supplyAsync(AppMetrics::new,
                task -> new Thread(task, "metrics").start());
        try {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            Views views = new Views();
            Map<String, String> headers = SecurityHeaders.of(settings.endpoints());
            JettySetup jetty = new JettySetup(settings.limits(), (int) MAX_BODY);
            live = joined(liveBuilt);
            live.follow(FOLLOW);
            helpdesk = Helpdesk.open(db, live, IncidentPolicy.defaults(), settings.passwordCost(), settings.staffZone());
            FirstAdmin.ensure(helpdesk.accounts(), settings.adminUser(), settings.adminPassword());
            AppMetrics metrics = joined(metricsBuilt);
            sessions = new Sessions(new SessionStore(db), live::interviewer,
                    helpdesk.recorderQueue().andThen(metrics::sessionChanged));
            catchUpCases(helpdesk, sessions);
            ClientAddresses addresses = settings.trustedProxies().isEmpty() ? ClientAddresses.direct()
                    : ClientAddresses.behind(settings.trustedProxies());
            SignInRejections counted = reason -> {
                metrics.signInRejected(reason);
                rejections.rejected(reason);
            };
            StaffRoutes staff = new StaffRoutes(helpdesk, sessions, mapper, views, addresses, counted, settings.contact());
            checks = new Checks(settings.endpoints(), measured(prober, metrics), sessions);
            SessionViewBuilder sessionViews = new SessionViewBuilder(sessions::interviewer, checks);
            jetty.measure(metrics);
            metrics.pool("db", db, Database::inUse, Database::idle, Database::size);
            RouteTable[] table = new RouteTable[1];
            javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                jetty.applyTo(config, settings.port(), headers);
                config.http.maxRequestSize = MAX_BODY;
                config.http.prefer405over404 = true;
                config.jsonMapper(new JavalinJackson(mapper, false));
                // Javalin's own handler reads the four files through the class loader; Jetty's would first index
                // the whole 50 MB jar as a zip file system (27,000 entries, a tenth of a second of every start)
                config.resourceHandler(new JavalinStaticResourceHandler());
                config.staticFiles.add(files -> {
                    files.hostedPath = "/static";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", "max-age=3600");
                });
                config.routes.before(ctx -> headers.forEach(ctx::header));
                config.routes.after(HtmlCharset::add);
                ServerTiming.register(config.routes);
                ErrorTable.of(views).register(config.routes);
                new RequestBodyCheck().register(config.routes);
                RouteTable routes = new RouteTable(config.routes);
                new MetricsRoutes(metrics, helpdesk.logins(), settings.metricsToken()).register(routes);
                new KnowledgeApi(() -> live.get().reasoner(), sessions, mapper, metrics).register(routes);
                new SessionApi(sessions, sessionViews, mapper).register(routes);
                new CheckApi(checks, sessions, sessionViews, mapper).register(routes);
                new StartPage(sessions, views).register(routes);
                new InterviewPages(sessions, sessionViews, checks, views, settings.publicUrl(),
                        id -> helpdesk.cases().find(id).map(c -> c.code()).map(CaseCodes::spoken).orElse(null))
                        .register(routes);
                staff.register(routes);
                table[0] = routes;
            });
            routes = table[0].routes();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Builds everything with the server's probes run by {@code prober}, rejected sign-ins counted in the metrics only. */
    public Assembly(KnowledgeBase kb, KnowledgeSource source, Settings settings, Prober prober) {
        this(kb, source, settings, prober, SignInRejections.NONE);
    }

    /** Builds and starts; knowledge reloads read ./rules and ./knowledge-base (else the jar's). */
    public static WebApp start(KnowledgeBase kb, Settings settings, Prober prober) {
        return new Assembly(kb, KnowledgeSource.resolve(null, null), settings, prober).start();
    }

    /** Builds and starts; {@code source} is where a knowledge editor's reload reads from. */
    public static WebApp start(KnowledgeBase kb, KnowledgeSource source, Settings settings, Prober prober) {
        return new Assembly(kb, source, settings, prober).start();
    }

    /** Starts listening; on failure everything built is closed. */
    public WebApp start() {
        try {
            javalin.start();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        // starts building the readers of the live knowledge (error texts, descriptions) in the background once the
        // port is open rather than beside Jetty's start; only a request that reads words in their first second waits
        sessions.interviewer();
        return new WebApp(javalin, this::closeParts);
    }

    /** The helpdesk's services (tests create staff accounts with them). */
    public Helpdesk helpdesk() {
        return helpdesk;
    }

    /** The customer's sessions, reporting every change to the case list as in the app. */
    public Sessions sessions() {
        return sessions;
    }

    /** The live knowledge (tests reload it). */
    public LiveKnowledge live() {
        return live;
    }

    /** Every route with who may call it. */
    public List<RouteTable.Route> routes() {
        return routes;
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

    private void closeParts() {
        if (checks != null) {
            checks.close();
        }
        if (helpdesk != null) {
            helpdesk.recorderQueue().close();
        }
        if (live != null) {
            live.close();
        }
        db.close();
    }

    /** What a thread of the assembly built; its failure thrown as if it had happened here. */
    private static <T> T joined(CompletableFuture<T> built) {
        try {
            return built.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void closeQuietly() {
        try {
            closeParts();
        } catch (RuntimeException suppressed) {
            LOG.warn("closing after a failed start: {}", suppressed.getMessage());
        }
    }
}
