package com.invoicedoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** However the endpoint and the network hang, a run returns within its deadline and says what timed out. */
@Tag("slow")
class ProbeDeadlineTest {

    @Test
    void all_hanging_targets_finish_within_12_seconds() throws Exception {
        try (FaultServer silentHttp = FaultServer.plain(FaultServer.silent());
             FaultServer muteTls = FaultServer.plain(FaultServer.mute());
             FaultServer muteProxy = FaultServer.plain(FaultServer.mute());
             DatagramSocket deafDns = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ProbeEnvironment env = ProbeFaultsTest.quiet()
                    .withResolver(host -> hangForever())
                    .withNameservers(new Nameservers(List.of((InetSocketAddress) deafDns.getLocalSocketAddress()), "the test"))
                    .withProxySettings(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + muteProxy.port(),
                            "HTTP_PROXY", "http://127.0.0.1:" + muteProxy.port()), new Properties(), null);
            ProbeRunner runner = new ProbeRunner(null, env);
            List<URI> targets = List.of(URI.create("https://hanging-dns.example.test:8443/api"),
                    URI.create(silentHttp.url("http")), URI.create(muteTls.url("https")));
            long start = System.nanoTime();
            List<CompletableFuture<ProbeReport>> runs = targets.stream()
                    .map(t -> CompletableFuture.supplyAsync(() -> runner.run(t, ProbeRunner.DEFAULT_DEADLINE))).toList();
            List<ProbeReport> reports = runs.stream().map(CompletableFuture::join).toList();
            long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            System.out.printf("all-hanging probe runs: wall %d ms; per run %s ms%n", wallMs,
                    reports.stream().map(ProbeReport::ms).toList());
            assertThat(wallMs).isLessThan(12_000);
            assertThat(reports).allSatisfy(r -> {
                assertThat(r.ms()).isLessThan(12_000);
                assertThat(r.results()).hasSize(8);
            });
            assertThat(reports.get(0).facts()).containsEntry("net.dns.resolves", "no").containsEntry("net.dns.failure", "timeout");
            assertThat(statusOf(reports.get(0), "dns")).isEqualTo(ProbeStatus.timeout);
            assertThat(reports.get(1).facts()).containsEntry("http.status", "timeout");
            assertThat(statusOf(reports.get(1), "http")).isEqualTo(ProbeStatus.timeout);
            assertThat(reports.get(2).facts()).containsEntry("net.tls.handshake", "failed");
            assertThat(statusOf(reports.get(2), "tls")).isEqualTo(ProbeStatus.timeout);
            assertThat(reports).allSatisfy(r -> assertThat(r.facts()).containsEntry("net.proxy.works", "error"));
        }
    }

    @Test
    void a_short_deadline_is_kept_even_when_everything_hangs() throws IOException {
        try (FaultServer silent = FaultServer.plain(FaultServer.silent())) {
            ProbeEnvironment env = ProbeFaultsTest.quiet().withResolver(host -> hangForever());
            ProbeReport report = new ProbeRunner(null, env).run(URI.create("http://hanging.example.test:" + silent.port() + "/"),
                    Duration.ofMillis(1500));
            assertThat(report.ms()).isLessThan(2500);
            assertThat(statusOf(report, "dns")).isEqualTo(ProbeStatus.timeout);
            assertThat(statusOf(report, "http")).isIn(ProbeStatus.skipped, ProbeStatus.timeout);
        }
    }

    /** A resolver stuck in a system call: it ignores interrupts. */
    private static InetAddress[] hangForever() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        }
        return new InetAddress[0];
    }

    private static ProbeStatus statusOf(ProbeReport report, String name) {
        return report.results().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().status();
    }
}
