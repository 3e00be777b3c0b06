package com.invoicedoctor.web.jetty;

import com.invoicedoctor.metrics.AppMetrics;
import io.javalin.config.JavalinConfig;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server under Javalin: one HTTP connector on the port with the idle timeout and the per-address cap, a cap on all
 * connections, a bounded thread pool, request bodies read before a thread is taken, and Jetty's own error answers with
 * the security headers.
 */
public final class JettySetup {
    /** Connections the operating system may hold for the server before it accepts them. */
    static final int ACCEPT_QUEUE = 1024;
    private final ConnectionLimits limits;
    private final ConnectionsPerAddress perAddress;
    private final BufferedBodies bodies;
    private final QueuedThreadPool threads;

    /** The set-up for these limits; bodies above {@code maxBody} bytes are refused. */
    public JettySetup(ConnectionLimits limits, int maxBody) {
        this.limits = limits;
        this.perAddress = new ConnectionsPerAddress(limits.perAddress());
        this.bodies = new BufferedBodies(maxBody, limits);
        this.threads = new QueuedThreadPool(limits.threads(), Math.min(8, limits.threads()));
        threads.setName("http");
    }

    /** Applies it to Javalin's configuration: listen on {@code port}; Jetty's own errors carry these headers. */
    public void applyTo(JavalinConfig config, int port, Map<String, String> securityHeaders) {
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            server.insertHandler(bodies);
            server.setErrorHandler(new SecuredErrors(securityHeaders));
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
        });
        config.jetty.addConnector((server, http) -> {
            http.setSendServerVersion(false);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setPort(port);
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            // Java's default backlog is 50: a burst of connections beyond it has its SYNs dropped, and each client waits
            // a whole second for its retry; the operating system still caps this (net.core.somaxconn)
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            connector.addBean(perAddress);
            return connector;
        });
    }

    /** Adds the HTTP thread pool's use, the connections refused and the slow bodies ended to the metrics. */
    public void measure(AppMetrics metrics) {
        metrics.pool("http-threads", threads, QueuedThreadPool::getBusyThreads, QueuedThreadPool::getIdleThreads,
                QueuedThreadPool::getMaxThreads);
        metrics.count("invoicedoctor.connections.refused", "connections closed at accept: their address held its cap",
                perAddress::refused);
        metrics.count("invoicedoctor.bodies.timed.out", "request bodies answered 408: too slow or too late", bodies::timedOut);
    }
}
