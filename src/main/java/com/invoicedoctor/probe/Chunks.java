package com.invoicedoctor.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes an HTTP/1.1 chunked body, as far as it arrived. */
final class Chunks {
    private Chunks() {
    }

    static byte[] decode(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < raw.length) {
            int lineEnd = find(raw, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0) {
                break;
            }
            int start = lineEnd + 2;
            int take = Math.min(length, raw.length - start);
            if (take <= 0) {
                break;
            }
            out.write(raw, start, take);
            at = start + length + 2;
        }
        return out.toByteArray();
    }

    /** Whether the last chunk (size 0) has arrived, given the last bytes received. */
    static boolean ended(byte[] raw) {
        String tail = new String(raw, StandardCharsets.US_ASCII);
        return tail.endsWith("\r\n0\r\n\r\n") || tail.equals("0\r\n\r\n");
    }

    private static int find(byte[] raw, int from) {
        for (int i = from; i < raw.length - 1; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
