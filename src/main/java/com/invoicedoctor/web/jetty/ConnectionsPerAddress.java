package com.invoicedoctor.web.jetty;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.util.IO;

/**
 * Caps the connections one client address may hold open: a connection beyond the cap is closed as it is accepted,
 * before anything is read from it, so that one address cannot take all connections (or all memory) from the others.
 */
final class ConnectionsPerAddress implements SelectorManager.AcceptListener {
    private final int max;
    /** Guarded by this: open connections per address, and the address each counted connection was counted for. */
    private final Map<InetAddress, Integer> open = new HashMap<>();
    private final Map<SelectableChannel, InetAddress> counted = new IdentityHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    /** Connections closed because their address already held the most it may. */
    long refused() {
        return refused.get();
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        InetAddress address = address(channel);
        if (address == null) {
            return;
        }
        synchronized (this) {
            int now = open.getOrDefault(address, 0);
            if (now < max) {
                open.put(address, now + 1);
                counted.put(channel, address);
                return;
            }
        }
        refused.incrementAndGet();
        IO.close(channel);
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        release(channel);
    }

    @Override
    public void onClosed(SelectableChannel channel) {
        release(channel);
    }

    private synchronized void release(SelectableChannel channel) {
        InetAddress address = counted.remove(channel);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
        }
    }

    private static InetAddress address(SelectableChannel channel) {
        try {
            return channel instanceof SocketChannel s && s.getRemoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
