package com.invoicedoctor.web;

import com.invoicedoctor.app.Assembly;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.app.WebApp;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeLoader;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeResult;
import com.invoicedoctor.probe.ProbeStatus;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.session.Prober;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The web tests' knowledge base (small and stable, in src/test/resources/web-kb) and server settings. */
public final class WebFixture {
    static final Path KB = Path.of("src/test/resources/web-kb/knowledge-base");
    static final Path RULES = Path.of("src/test/resources/web-kb/rules");
    private static KnowledgeBase kb;

    private WebFixture() {
    }

    /** The web fixture knowledge base, loaded once. */
    public static synchronized KnowledgeBase kb() {
        if (kb == null) {
            kb = KnowledgeLoader.load(KB, RULES);
        }
        return kb;
    }

    /** A fresh in-memory database. */
    static String memoryDb() {
        return "jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** One configured endpoint, "tax". */
    static ProbeTargets endpoints() {
        return ProbeTargets.of(List.of(new ProbeTargets.Endpoint("tax", "tax", URI.create("http://127.0.0.1:9/invoice"))));
    }

    /** A prober that finds a name that does not resolve, after a short wait. */
    static Prober dnsOutage() {
        return target -> {
            sleep(300);
            return new ProbeReport(target,
                    List.of(Observation.of("net.dns.resolves", "no", Observation.Source.probe, "dns: NXDOMAIN for " + target.getHost())),
                    List.of(new ProbeResult("dns", ProbeStatus.fail, "NXDOMAIN <b>bold</b>", 12),
                            new ProbeResult("tcp", ProbeStatus.skipped, "no address", 0)), 312);
        };
    }

    /** Settings for a server on any free port with an in-memory database. */
    static Settings settings() {
        return new Settings(0, memoryDb(), endpoints());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
