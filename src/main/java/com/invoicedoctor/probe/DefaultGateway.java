package com.invoicedoctor.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the default gateway: /proc/net/route on Linux, "route print" on Windows, "route -n get default" on macOS. */
final class DefaultGateway {
    private static final Pattern WINDOWS_ROUTE = Pattern.compile("^\\s*0\\.0\\.0\\.0\\s+0\\.0\\.0\\.0\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)\\s", Pattern.MULTILINE);
    private static final Pattern MAC_ROUTE = Pattern.compile("gateway:\\s*(\\S+)");

    /** Where the gateway was found and its address, or why none was found. */
    record Found(Optional<String> address, String how) {
    }

    private DefaultGateway() {
    }

    static Found find(Path procRoute, int timeoutMs) {
        if (Files.isReadable(procRoute)) {
            return fromProcRoute(procRoute);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return fromCommand(List.of("route", "print", "-4", "0.0.0.0"), WINDOWS_ROUTE, timeoutMs);
        }
        if (os.contains("mac")) {
            return fromCommand(List.of("route", "-n", "get", "default"), MAC_ROUTE, timeoutMs);
        }
        return new Found(Optional.empty(), "unknown: " + procRoute + " is not readable");
    }

    /** Reads the Linux routing table: the default route has destination 00000000; addresses are little-endian hex. */
    static Found fromProcRoute(Path file) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 8 && f[1].equals("00000000") && f[7].equals("00000000") && !f[2].equals("00000000")) {
                    long g = Long.parseLong(f[2], 16);
                    String address = (g & 0xFF) + "." + ((g >> 8) & 0xFF) + "." + ((g >> 16) & 0xFF) + "." + ((g >> 24) & 0xFF);
                    return new Found(Optional.of(address), "default route via " + address + " on " + f[0] + " (" + file + ")");
                }
            }
            return new Found(Optional.empty(), "no default route in " + file);
        } catch (IOException | RuntimeException e) {
            return new Found(Optional.empty(), "unknown: cannot read " + file);
        }
    }

    private static Found fromCommand(List<String> command, Pattern pattern, int timeoutMs) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return new Found(Optional.empty(), "unknown: " + String.join(" ", command) + " did not finish");
                }
                String output = new String(in.readAllBytes(), Charset.defaultCharset());
                Matcher m = pattern.matcher(output);
                return m.find() ? new Found(Optional.of(m.group(1)), "default route via " + m.group(1) + " (" + String.join(" ", command) + ")")
                        : new Found(Optional.empty(), "no default route (" + String.join(" ", command) + ")");
            }
        } catch (IOException e) {
            return new Found(Optional.empty(), "unknown: cannot run " + command.get(0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Found(Optional.empty(), "unknown: interrupted");
        }
    }
}
