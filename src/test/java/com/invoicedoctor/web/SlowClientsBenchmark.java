package com.invoicedoctor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slow-body attack benchmark: N clients post {@code Content-Length: 60000} bodies at one byte a second (reconnecting
 * whenever the server drops them) from loopback addresses other than 127.0.0.1 (the whole 127.0.0.0/8 is loopback on
 * Linux), while another client asks {@code GET /health} from 127.0.0.1 on a new connection every 100 ms. Prints the
 * health latencies per 5-second window and in all, and what became of the slow clients. A benchmark, not a test: the
 * command line and the figures are in docs/benchmarks.md.
 */
public final class SlowClientsBenchmark {
    private static final int TIMEOUT_MS = 10_000;

    private final URI server;
    private final int addresses;
    private final AtomicLong connected = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong answered408 = new AtomicLong();
    private final AtomicLong answeredOther = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private SlowClientsBenchmark(URI server, int addresses) {
        this.server = server;
        this.addresses = addresses;
    }

    /** One trickling client: its socket, or null while it waits to reconnect. */
    private final class Slow {
        final InetAddress from;
        Socket socket;

        Slow(int index) throws IOException {
            this.from = InetAddress.getByName("127.0.0." + (2 + index % addresses));
        }

        /** One tick: connect and send the headers, or send one more byte, or notice what the server did. */
        void tick() {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.bind(new InetSocketAddress(from, 0));
                    socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 2_000);
                    socket.getOutputStream().write(("POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                            + "\r\nContent-Length: 60000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    connected.incrementAndGet();
                    return;
                }
                InputStream in = socket.getInputStream();
                if (in.available() > 0) {
                    byte[] head = in.readNBytes(Math.min(in.available(), 12));
                    String status = new String(head, StandardCharsets.US_ASCII);
                    (status.startsWith("HTTP/1.1 408") ? answered408 : answeredOther).incrementAndGet();
                    reset();
                    return;
                }
                OutputStream out = socket.getOutputStream();
                // a connection the server closed fails on the write after the one that met its reset
                out.write(' ');
                out.flush();
            } catch (IOException e) {
                refusedOrDropped();
            }
        }

        private void refusedOrDropped() {
            // closed without an answer: at accept (the per-address cap) or later (the idle timeout), or not reached at all
            (socket != null && socket.isConnected() ? refused : dropped).incrementAndGet();
            reset();
        }

        private void reset() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a connection the server already dropped
            }
            socket = null;
        }
    }

    /** One GET /health on a new connection from 127.0.0.1; its time in ms, or the timeout when it failed. */
    private double health() {
        long start = System.nanoTime();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.getPort()), TIMEOUT_MS);
            s.setSoTimeout(TIMEOUT_MS);
            s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!answer.startsWith("HTTP/1.1 200")) {
                return TIMEOUT_MS;
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            return TIMEOUT_MS;
        }
    }

    private void run(int clients, int seconds) throws Exception {
        List<Slow> slow = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            slow.add(new Slow(i));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread trickle = new Thread(() -> {
            while (System.nanoTime() < end) {
                long tick = System.nanoTime();
                slow.forEach(Slow::tick);
                long rest = 1_000 - (System.nanoTime() - tick) / 1_000_000;
                if (rest > 0) {
                    try {
                        Thread.sleep(rest);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            slow.forEach(Slow::reset);
        }, "slow-clients");
        trickle.start();
        List<double[]> windows = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        int failures = 0;
        long windowEnd = System.nanoTime() + 5_000_000_000L;
        List<Double> window = new ArrayList<>();
        System.out.println("| seconds | /health requests | p50 ms | p99 ms | max ms | failed | slow connected (total) | closed at accept | 408 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        int second = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            double ms = health();
            window.add(ms);
            all.add(ms);
            if (ms >= TIMEOUT_MS) {
                failures++;
            }
            if (System.nanoTime() >= windowEnd) {
                second += 5;
                double[] sorted = window.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("| %d | %d | %.1f | %.1f | %.1f | %d | %d | %d | %d |%n", second, sorted.length, pct(sorted, 0.5),
                        pct(sorted, 0.99), sorted[sorted.length - 1], Arrays.stream(sorted).filter(x -> x >= TIMEOUT_MS).count(),
                        connected.get(), refused.get(), answered408.get());
                windows.add(sorted);
                window = new ArrayList<>();
                windowEnd += 5_000_000_000L;
            }
            long rest = 100 - (System.nanoTime() - started) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        trickle.join();
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%n%d slow clients from %d addresses for %d s: /health %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                + " %d failed; slow connections made %d, closed at accept or before an answer %d, dropped %d, answered 408 %d,"
                + " answered otherwise %d%n", clients, addresses, seconds, sorted.length, pct(sorted, 0.5), pct(sorted, 0.99),
                sorted[sorted.length - 1], failures, connected.get(), refused.get(), dropped.get(), answered408.get(),
                answeredOther.get());
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:7070";
        int clients = 1000;
        int seconds = 40;
        int addresses = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--addresses" -> addresses = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf("%d slow-body clients (Content-Length 60000, one byte a second) from %d address(es) 127.0.0.2…;"
                + " GET /health from 127.0.0.1 every 100 ms on a new connection; against %s%n%n", clients, addresses, url);
        new SlowClientsBenchmark(URI.create(url), addresses).run(clients, seconds);
    }
}
