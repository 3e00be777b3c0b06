package com.invoicedoctor.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A server on 127.0.0.1 (port 0) that misbehaves in one chosen way, as real invoice servers, gateways and
 * middleboxes do. Each connection gets its own daemon thread; close() stops everything.
 */
final class FaultServer implements AutoCloseable {
    /** What the server does with one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void handle(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private FaultServer(ServerSocket server, Behaviour behaviour) {
        this.server = server;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    open.add(socket);
                    Thread worker = new Thread(() -> {
                        try {
                            behaviour.handle(socket);
                        } catch (IOException | InterruptedException e) {
                            // the client went away; nothing to do
                        }
                    }, "fault-conn");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fault-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FaultServer plain(Behaviour behaviour) throws IOException {
        return new FaultServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), behaviour);
    }

    static FaultServer tls(SSLContext context, Behaviour behaviour) throws IOException {
        return new FaultServer(context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()), behaviour);
    }

    /** Reads the request head, then sends this raw answer and closes. */
    static Behaviour answer(String raw) {
        return socket -> {
            readHead(socket);
            write(socket, raw);
            socket.close();
        };
    }

    /** An HTTP/1.1 answer with a Date header, a Content-Length and the given status line, type and body. */
    static String http(String statusLine, String contentType, String body) {
        return http(statusLine, "", contentType, body);
    }

    /** The same with more header lines ("Name: value\r\n" each). */
    static String http(String statusLine, String headers, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 " + statusLine + "\r\nServer: nginx/1.24.0\r\nDate: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)) + "\r\n" + headers
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Reads the request head, waits, then sends this raw answer and closes (an overloaded backend). */
    static Behaviour delayed(long waitMs, String raw) {
        return socket -> {
            readHead(socket);
            Thread.sleep(waitMs);
            write(socket, raw);
            socket.close();
        };
    }

    /**
     * Redirects /api/invoice to /api/invoice/ and back, as a proxy that terminates TLS and a backend that insists on
     * HTTPS (or on a trailing slash) do to each other.
     */
    static Behaviour redirectLoop() {
        return socket -> {
            String head = readHead(socket);
            String next = head.startsWith("GET /api/invoice/ ") ? "/api/invoice" : "/api/invoice/";
            write(socket, http("301 Moved Permanently", "Location: " + next + "\r\n", "text/html",
                    "<html><body>301 Moved Permanently</body></html>"));
            socket.close();
        };
    }

    /** nginx's own error page for a status, as nginx 1.24 prints it. */
    static String nginxPage(int code, String reason) {
        return http(code + " " + reason, "text/html", "<html>\r\n<head><title>" + code + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + code + " " + reason + "</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n");
    }

    /** Accepts and reads the request, then never answers. */
    static Behaviour silent() {
        return socket -> {
            readHead(socket);
            Thread.sleep(60_000);
        };
    }

    /** Accepts and never reads or answers (a TLS handshake gets nowhere). */
    static Behaviour mute() {
        return socket -> Thread.sleep(60_000);
    }

    /** Reads the request, then resets the connection (SO_LINGER 0 makes close send RST). */
    static Behaviour resetting() {
        return socket -> {
            readHead(socket);
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Sends the head at once, then the body one byte at a time with a pause between bytes. */
    static Behaviour trickling(int bodyBytes, long pauseMs) {
        return socket -> {
            readHead(socket);
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bodyBytes + "\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < bodyBytes; i++) {
                out.write(i == 0 ? '[' : ' ');
                out.flush();
                Thread.sleep(pauseMs);
            }
        };
    }

    int port() {
        return server.getLocalPort();
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + port() + "/api/invoice";
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (SocketException e) {
                // already gone
            }
        }
    }

    /** A port on 127.0.0.1 where nothing listens. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String readHead(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.append((char) b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString();
    }

    private static void write(Socket socket, String raw) throws IOException {
        socket.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }
}
