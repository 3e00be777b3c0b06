package com.invoicedoctor.probe;

import com.invoicedoctor.knowledge.KnowledgeBase;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A network where everything hangs, for tests outside this package: a system resolver stuck in its call, a DNS
 * server that never answers, proxies that accept and say nothing, and an HTTP server that reads and never answers.
 */
public final class HangingNetwork implements AutoCloseable {
    private final FaultServer silentHttp = FaultServer.plain(FaultServer.silent());
    private final FaultServer muteTls = FaultServer.plain(FaultServer.mute());
    private final FaultServer muteProxy = FaultServer.plain(FaultServer.mute());
    private final DatagramSocket deafDns = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

    public HangingNetwork() throws IOException {
    }

    /** A runner that probes through this network. */
    public ProbeRunner runner(KnowledgeBase kb) {
        ProbeEnvironment env = ProbeFaultsTest.quiet()
                .withResolver(host -> hangForever())
                .withNameservers(new Nameservers(List.of((InetSocketAddress) deafDns.getLocalSocketAddress()), "the test"))
                .withProxySettings(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + muteProxy.port(),
                        "HTTP_PROXY", "http://127.0.0.1:" + muteProxy.port()), new Properties(), null);
        return new ProbeRunner(kb, env);
    }

    /** Targets that hang at each step: name resolution, the answer, the TLS handshake. */
    public List<String> targets() {
        return List.of("https://hanging-dns.example.test:8443/api", silentHttp.url("http"), muteTls.url("https"));
    }

    @Override
    public void close() throws IOException {
        silentHttp.close();
        muteTls.close();
        muteProxy.close();
        deafDns.close();
    }

    /** A resolver stuck in a system call: it ignores interrupts. */
    static InetAddress[] hangForever() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        }
        return new InetAddress[0];
    }
}
