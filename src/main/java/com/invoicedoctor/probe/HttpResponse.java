package com.invoicedoctor.probe;

import java.util.Map;

/**
 * What came back from one HTTP request, however far it got.
 *
 * @param transfer   complete, closed (no reply at all), reset, timeout (no first byte), stalled or slow
 * @param status     the status code, 0 when no status line arrived
 * @param headers    header names in lower case to their last value
 * @param body       the body as received (de-chunked, at most {@link HttpExchange#MAX_BODY} bytes)
 * @param firstByteMs time from starting to connect to the first byte of the answer, -1 when none came
 * @param totalMs    time until the exchange ended
 * @param error      the exception that ended it early, if any
 */
record HttpResponse(String transfer, int status, Map<String, String> headers, byte[] body, long firstByteMs,
                    long totalMs, long bytes, String error) {

    String header(String name) {
        return headers.get(name);
    }

    /** Bytes per second over the transfer after the first byte. */
    double throughput() {
        long seconds = Math.max(1, totalMs - Math.max(0, firstByteMs));
        return bytes * 1000.0 / seconds;
    }
}
