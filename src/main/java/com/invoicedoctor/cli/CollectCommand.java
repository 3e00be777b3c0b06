package com.invoicedoctor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Diagnosis;
import com.invoicedoctor.engine.DiagnosisPresenter;
import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.probe.EndpointRole;
import com.invoicedoctor.probe.ProbeReport;
import com.invoicedoctor.probe.ProbeResult;
import com.invoicedoctor.probe.ProbeRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Probes an invoice endpoint from wherever it runs and prints the facts found and the diagnoses. */
@Command(name = "collect", description = "Probes an invoice endpoint from this machine (DNS, TCP, TLS, HTTP, latency, proxy,"
        + " local network, clock) and prints facts and diagnoses. --json output's \"facts\" can be POSTed to"
        + " /api/sessions/{id}/facts.")
public final class CollectCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--target", required = true, paramLabel = "URL", description = "the invoice endpoint, http:// or https://")
    String target;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "whose endpoint it is: platform (the tax bureau's), vendor (a vendor's cloud) or own (the company's"
                    + " own invoice server or gateway); the same failure means different causes on each. Without it the"
                    + " diagnosis cannot blame the tax platform for what the probe sees, and the interview asks.")
    String role;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--timeout-seconds", defaultValue = "10", paramLabel = "N",
            description = "the probes end within N seconds (1-120, default 10, so that the whole command ends within 12)")
    int timeoutSeconds;

    @Option(names = "--lang", defaultValue = "zh", converter = LangConverter.class, description = "zh or en (default zh)")
    Lang lang;

    @Option(names = "--top", defaultValue = "5", description = "how many diagnoses to show (default 5)")
    int top;

    @Spec
    CommandSpec spec;

    /** Makes the probe runner (given no knowledge base: the report is filtered after); tests swap in a hanging network. */
    java.util.function.Function<KnowledgeBase, ProbeRunner> runners = ProbeRunner::new;
    /** Loads the knowledge (printing its problems); tests that time the probes give one already compiled. */
    java.util.function.Function<PrintWriter, KnowledgeBase> knowledgeLoader = err -> knowledge.loadOrReport(err);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1 || timeoutSeconds > 120) {
            return fail(err, "--timeout-seconds must lie between 1 and 120, was " + timeoutSeconds);
        }
        EndpointRole endpointRole = null;
        if (role != null) {
            try {
                endpointRole = EndpointRole.of(role);
            } catch (IllegalArgumentException e) {
                return fail(err, "--role: " + e.getMessage());
            }
        }
        URI uri;
        try {
            uri = new URI(target.trim());
            com.invoicedoctor.probe.Target.of(uri);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return fail(err, "--target: " + e.getMessage());
        }
        // honour the system's proxy settings (Windows Internet Options, GNOME) as the invoicing client does
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        // compiling the rules takes seconds on a busy machine: do it while the probes wait on the network, so that
        // the command ends within its budget (a knowledge base that does not validate still stops it, unprinted)
        CompletableFuture<KnowledgeBase> loading = CompletableFuture.supplyAsync(() -> knowledgeLoader.apply(err));
        ProbeReport probed;
        try (Progress progress = Progress.start(err, "collect", () -> "checking " + uri + " (at most " + timeoutSeconds + " s in all)")) {
            probed = runners.apply(null).run(uri, Duration.ofSeconds(timeoutSeconds));
        }
        KnowledgeBase kb = loading.join();
        if (kb == null) {
            return 1;
        }
        ProbeReport report = EndpointRole.annotate(probed.definedIn(kb), endpointRole, "given on the command line: --role " + role, kb);
        Assessment assessment = new Reasoner(kb).assess(report.observations());
        List<Diagnosis> diagnoses = new DiagnosisPresenter(kb).present(assessment, lang, top);
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body(kb, report, diagnoses)));
        } else {
            printText(out, report, diagnoses);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> body(KnowledgeBase kb, ProbeReport report, List<Diagnosis> diagnoses) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", report.target().toString());
        body.put("knowledgeVersion", kb.version());
        body.put("ms", report.ms());
        body.put("facts", report.facts());
        body.put("observations", report.observations().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("value", o.value());
            m.put("source", o.source().name());
            m.put("detail", o.detail());
            return m;
        }).toList());
        body.put("probes", report.results());
        body.put("diagnoses", diagnoses);
        return body;
    }

    private void printText(PrintWriter out, ProbeReport report, List<Diagnosis> diagnoses) {
        boolean zh = lang == Lang.zh;
        out.printf("%s %s  (%d ms)%n", zh ? "检测目标:" : "Target:", report.target(), report.ms());
        out.println(zh ? "检测项:" : "Probes:");
        for (ProbeResult r : report.results()) {
            out.printf("  %-8s %-8s %s%n", r.name(), r.status(), r.summary());
        }
        out.println(zh ? "得到的事实:" : "Facts:");
        for (Observation o : report.observations()) {
            out.printf("  %s = %s%n", o.id(), o.value());
        }
        out.println(zh ? "诊断:" : "Diagnoses:");
        new DiagnosisText(out).print(diagnoses, lang);
    }

    private static int fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return 2;
    }
}
