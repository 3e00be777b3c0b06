package com.invoicedoctor.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 GET over a plain socket, so that every way an answer can go wrong stays visible: no
 * answer, a reset, a close without a reply, a stall or a trickle. HttpClient would fold these into one
 * exception.
 */
final class HttpExchange {
    static final int MAX_BODY = 1 << 20;
    private static final int MAX_HEAD = 64 * 1024;

    private final Socket socket;
    private final long startNanos;

    /** @param socket connected (and TLS-wrapped when https); @param startNanos when connecting began */
    HttpExchange(Socket socket, long startNanos) {
        this.socket = socket;
        this.startNanos = startNanos;
    }

    /**
     * Sends the request and reads the answer.
     *
     * @param firstByteMs how long to wait for the first byte
     * @param idleMs      how long a pause between later bytes may last
     * @param totalMs     how long the whole answer may take from now
     */
    HttpResponse get(Target target, int firstByteMs, int idleMs, int totalMs) throws IOException {
        long end = System.nanoTime() + totalMs * 1_000_000L;
        String request = "GET " + target.requestPath() + " HTTP/1.1\r\nHost: " + target.hostHeader()
                + "\r\nUser-Agent: InvoiceDoctor-probe/0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        Received raw = new Received();
        socket.setSoTimeout(firstByteMs);
        long firstByte = -1;
        boolean budgetBound = false;
        Head head = null;
        try {
            int b = in.read();
            if (b < 0) {
                return done("closed", null, raw, firstByte, null);
            }
            firstByte = sinceStart();
            raw.write(b);
            byte[] buffer = new byte[8192];
            while (true) {
                if (head == null) {
                    head = Head.parse(raw.array(), raw.size());
                }
                if (head != null && head.complete(raw)) {
                    return done("complete", head, raw, firstByte, null);
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return done("slow", head, raw, firstByte, "still receiving after " + totalMs + " ms");
                }
                budgetBound = left < idleMs;
                socket.setSoTimeout((int) Math.min(idleMs, left));
                int n = in.read(buffer);
                if (n < 0) {
                    return done(head == null ? "closed" : "complete", head, raw, firstByte, null);
                }
                raw.write(buffer, 0, n);
                if (raw.size() > MAX_HEAD + MAX_BODY) {
                    return done("complete", head, raw, firstByte, "answer cut at " + raw.size() + " bytes");
                }
            }
        } catch (SocketTimeoutException e) {
            String transfer = firstByte < 0 ? "timeout" : budgetBound ? "slow" : "stalled";
            return done(transfer, head, raw, firstByte, e.getMessage());
        } catch (SocketException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("reset") || message.contains("broken pipe") || message.contains("abort")) {
                return done("reset", head, raw, firstByte, e.getMessage());
            }
            throw e;
        }
    }

    private long sinceStart() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private HttpResponse done(String transfer, Head head, Received raw, long firstByte, String error) {
        byte[] all = raw.toByteArray();
        if (head == null) {
            head = Head.parse(all, all.length);
        }
        int status = head == null ? 0 : head.status;
        Map<String, String> headers = head == null ? Map.of() : head.headers;
        byte[] body = head == null ? new byte[0] : head.body(all);
        return new HttpResponse(transfer, status, headers, body, firstByte, sinceStart(), all.length, error);
    }

    /** The status line and headers, once they have arrived in full. */
    private record Head(int status, Map<String, String> headers, int bodyStart) {

        static Head parse(byte[] raw, int length) {
            int end = indexOf(raw, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            if (end < 0) {
                return null;
            }
            String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status;
            try {
                status = statusLine.length >= 2 && statusLine[0].startsWith("HTTP/") ? Integer.parseInt(statusLine[1]) : 0;
            } catch (NumberFormatException e) {
                status = 0;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return new Head(status, headers, end + 4);
        }

        boolean chunked() {
            return headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked");
        }

        /** Whether the whole body has arrived (by Content-Length, or the last chunk). */
        boolean complete(Received raw) {
            int received = raw.size();
            if (status == 204 || status == 304 || (status >= 100 && status < 200)) {
                return true;
            }
            if (chunked()) {
                return Chunks.ended(raw.tail(64));
            }
            String length = headers.get("content-length");
            if (length != null) {
                try {
                    return received - bodyStart >= Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return false;
        }

        byte[] body(byte[] raw) {
            int from = Math.min(bodyStart, raw.length);
            byte[] body = java.util.Arrays.copyOfRange(raw, from, Math.min(raw.length, from + MAX_BODY));
            return chunked() ? Chunks.decode(body) : body;
        }

        private static int indexOf(byte[] data, int length, byte[] pattern) {
            outer:
            for (int i = 0; i <= Math.min(length, MAX_HEAD) - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** The bytes received so far, readable without copying. */
    private static final class Received extends ByteArrayOutputStream {
        byte[] array() {
            return buf;
        }

        byte[] tail(int n) {
            return java.util.Arrays.copyOfRange(buf, Math.max(0, count - n), count);
        }
    }
}
