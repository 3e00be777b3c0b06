package com.invoicedoctor.probe;

import static com.invoicedoctor.probe.FaultServer.answer;
import static com.invoicedoctor.probe.FaultServer.http;
import static com.invoicedoctor.probe.FaultServer.nginxPage;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicedoctor.Fixture;
import com.invoicedoctor.engine.Assessment;
import com.invoicedoctor.engine.Reasoner;
import com.invoicedoctor.knowledge.KnowledgeBase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Real faults on 127.0.0.1: for each, the probes report the right observations and the leading diagnoses
 * are the causes a support engineer would name.
 */
@Tag("slow")
class ProbeFaultsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(4);
    private static final String JSON = "application/json;charset=UTF-8";
    private static KnowledgeBase kb;

    @TempDir
    static Path certificates;

    @BeforeAll
    static void loadKnowledge() {
        kb = Fixture.product();
    }

    @Test
    void a_healthy_json_endpoint_reports_everything_normal() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(http("200 OK", JSON, "{\"code\":\"0000\",\"msg\":\"ok\"}")))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("net.tcp.connect", "ok").containsEntry("http.status", "ok")
                    .containsEntry("http.body", "normal").containsEntry("http.transfer", "complete")
                    .containsEntry("net.loss.percent", "0").containsKey("clock.skew.seconds").containsKey("http.latency.ms");
            assertThat(status(report, "http")).isEqualTo(ProbeStatus.ok);
        }
    }

    @Test
    void a_200_with_an_empty_body_points_to_the_server_branch() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(http("200 OK", JSON, "")))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("http.status", "ok").containsEntry("http.body", "empty");
            Assessment a = assess(report);
            assertThat(List.of("server", "transport", "business")).as(explain(report, a))
                    .contains(kb.cause(a.top().cause()).orElseThrow().family());
            assertThat(top(a, 3)).as(explain(report, a)).anyMatch(c -> c.startsWith("server."));
        }
    }

    @Test
    void a_502_from_a_gateway_points_to_the_middleware_or_the_server_behind_it() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(nginxPage(502, "Bad Gateway")))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("http.status", "gateway-error").containsEntry("http.body", "normal");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("transport.middleware.config", "server.software");
        }
    }

    @Test
    void a_504_from_a_gateway_points_to_the_middleware_or_a_slow_server() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(nginxPage(504, "Gateway Time-out")))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("http.status", "gateway-error");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("transport.middleware.config", "server.software", "server.overload");
        }
    }

    @Test
    void a_503_points_to_an_overloaded_server_or_maintenance() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(nginxPage(503, "Service Temporarily Unavailable")))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("http.status", "unavailable");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("server.overload", "platform.maintenance");
        }
    }

    @Test
    void a_server_that_accepts_and_never_answers_times_out_and_points_to_the_server() throws Exception {
        try (FaultServer server = FaultServer.plain(FaultServer.silent())) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("net.tcp.connect", "ok").containsEntry("http.status", "timeout")
                    .containsEntry("http.transfer", "timeout");
            assertThat(report.ms()).isLessThan(DEADLINE.toMillis() + 1000);
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("server.overload", "server.async-pending", "server.software");
        }
    }

    @Test
    void a_reset_connection_points_to_a_security_device() throws Exception {
        try (FaultServer server = FaultServer.plain(FaultServer.resetting())) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("net.tcp.connect", "ok").containsEntry("http.transfer", "reset");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("transport.security.ids", "transport.security.firewall");
        }
    }

    @Test
    void an_answer_that_trickles_in_is_slow_and_points_to_capacity_or_overload() throws Exception {
        try (FaultServer server = FaultServer.plain(FaultServer.trickling(200, 150))) {
            ProbeReport report = probe(server.url("http"));
            assertThat(report.facts()).containsEntry("http.status", "ok").containsEntry("http.transfer", "slow");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a))
                    .containsAnyOf("network.capacity.congestion", "network.capacity.bandwidth", "server.overload");
        }
    }

    @Test
    void a_closed_port_is_refused_and_points_to_a_stopped_service_or_a_firewall() throws Exception {
        ProbeReport report = probe("http://127.0.0.1:" + FaultServer.closedPort() + "/api/invoice");
        assertThat(report.facts()).containsEntry("net.tcp.connect", "refused").doesNotContainKey("http.status");
        assertThat(status(report, "http")).isEqualTo(ProbeStatus.skipped);
        Assessment a = assess(report);
        assertThat(top(a, 3)).as(explain(report, a))
                .containsAnyOf("server.software", "server.overload", "transport.security.firewall", "platform.maintenance");
        assertThat(top(a, 3)).as(explain(report, a)).anyMatch(c -> c.startsWith("server.") || c.startsWith("transport.security"));
    }

    @Test
    void a_name_under_invalid_does_not_resolve_and_points_to_dns() throws Exception {
        try (FakeDns dns = FakeDns.nxdomain()) {
            ProbeEnvironment env = quiet().withNameservers(dns.nameservers());
            ProbeReport report = new ProbeRunner(kb, env).run(URI.create("https://invoice-server.invalid:8443/api"), DEADLINE);
            assertThat(report.facts()).containsEntry("net.dns.resolves", "no").containsEntry("net.dns.failure", "nxdomain")
                    .doesNotContainKey("net.tcp.connect");
            Assessment a = assess(report);
            assertThat(a.top().cause()).as(explain(report, a)).isEqualTo("network.config.dns");
        }
    }

    @Test
    void an_expired_certificate_is_reported_expired_and_points_to_the_server_or_the_clock() throws Exception {
        try (FaultServer server = FaultServer.tls(TestCertificates.expired(certificates), answer(http("200 OK", JSON, "{}")))) {
            ProbeReport report = probe(server.url("https"));
            assertThat(report.facts()).containsEntry("net.tls.handshake", "expired").containsEntry("net.tls.issuer", "self-signed");
            assertThat(detail(report, "net.tls.handshake")).contains("expired on");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).containsAnyOf("server.software", "client.clock");
        }
    }

    @Test
    void a_self_signed_certificate_is_untrusted_and_points_to_interception_or_the_server() throws Exception {
        try (FaultServer server = FaultServer.tls(TestCertificates.selfSigned(certificates), answer(http("200 OK", JSON, "{}")))) {
            ProbeReport report = probe(server.url("https"));
            assertThat(report.facts()).containsEntry("net.tls.handshake", "untrusted").containsEntry("net.tls.issuer", "self-signed")
                    .containsEntry("http.status", "ok");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a))
                    .containsAnyOf("network.security.vpn-proxy", "transport.security.firewall", "server.software", "network.security.attack");
        }
    }

    @Test
    void a_proxy_setting_that_points_to_nothing_points_to_the_proxy() throws Exception {
        try (FaultServer server = FaultServer.plain(answer(http("200 OK", JSON, "{}")))) {
            int dead = FaultServer.closedPort();
            ProbeEnvironment env = quiet().withProxySettings(Map.of("HTTP_PROXY", "http://127.0.0.1:" + dead), new Properties(), null);
            ProbeReport report = new ProbeRunner(kb, env).run(URI.create(server.url("http")), DEADLINE);
            assertThat(report.facts()).containsEntry("net.proxy.configured", "yes").containsEntry("net.proxy.works", "unreachable");
            assertThat(detail(report, "net.proxy.works")).contains("127.0.0.1:" + dead).contains("environment HTTP_PROXY");
            Assessment a = assess(report);
            assertThat(top(a, 3)).as(explain(report, a)).contains("network.security.vpn-proxy");
        }
    }

    /** The machine's resolver, no proxy variables from the CI environment, no gateway checks. */
    static ProbeEnvironment quiet() {
        return ProbeEnvironment.system().withProxySettings(Map.of(), new Properties(), null)
                .withLocalNetwork(false, Path.of("/nonexistent"));
    }

    private static ProbeReport probe(String url) {
        return new ProbeRunner(kb, quiet()).run(URI.create(url), DEADLINE);
    }

    private static Assessment assess(ProbeReport report) {
        return new Reasoner(kb).assess(report.observations());
    }

    private static List<String> top(Assessment a, int n) {
        return a.ranking().stream().limit(n).map(Assessment.Ranked::cause).toList();
    }

    private static ProbeStatus status(ProbeReport report, String probe) {
        return report.results().stream().filter(r -> r.name().equals(probe)).findFirst().orElseThrow().status();
    }

    private static String detail(ProbeReport report, String id) {
        return report.observations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().detail();
    }

    /** What a failing assertion prints: the facts and the leading causes. */
    static String explain(ProbeReport report, Assessment a) {
        return "facts " + report.facts() + "\nprobes " + report.results().stream().map(r -> r.name() + " " + r.status() + ": " + r.summary())
                .collect(Collectors.joining("\n  ")) + "\nranking " + a.ranking().stream().limit(6)
                .map(r -> r.cause() + String.format(" %.3f", r.confidence())).toList();
    }
}
