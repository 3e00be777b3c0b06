package com.invoicedoctor.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;

/** One TCP connection attempt and how it ended, in the words of net.tcp.connect. */
final class Connect {

    /** How an attempt ended and how long it took. */
    record Attempt(String outcome, long ms, String error) {
        boolean ok() {
            return outcome.equals("ok");
        }
    }

    private Connect() {
    }

    /** Connects and closes again. */
    static Attempt once(InetSocketAddress address, int timeoutMs) {
        Stopwatch clock = Stopwatch.start();
        try (Socket socket = new Socket()) {
            socket.connect(address, timeoutMs);
            return new Attempt("ok", clock.ms(), null);
        } catch (IOException e) {
            return new Attempt(classify(e), clock.ms(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** ok, refused, timeout or unreachable, from the exception the JDK throws. */
    static String classify(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof SocketTimeoutException || message.contains("timed out")) {
            return "timeout";
        }
        if (e instanceof NoRouteToHostException || message.contains("unreachable") || message.contains("no route")) {
            return "unreachable";
        }
        if (e instanceof ConnectException && message.contains("refused")) {
            return "refused";
        }
        return "unreachable";
    }
}
