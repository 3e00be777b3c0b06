package com.invoicedoctor.probe;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A proxy that applies to the endpoint, and where it was set.
 *
 * @param source   "environment HTTPS_PROXY", "JVM https.proxyHost", "system proxy settings"
 * @param host     the proxy's host
 * @param port     the proxy's port
 * @param socks    whether it is a SOCKS proxy (else HTTP)
 * @param bypassed whether a no-proxy list exempts the endpoint's host
 */
record ProxySetting(String source, String host, int port, boolean socks, boolean bypassed) {

    /** Every proxy setting that names a proxy for this target, from the environment, JVM properties and the selector. */
    static List<ProxySetting> find(Target target, Map<String, String> env, Properties jvm, ProxySelector selector) {
        Map<String, ProxySetting> found = new LinkedHashMap<>();
        String scheme = target.https() ? "https" : "http";
        String noProxy = first(env, "no_proxy", "NO_PROXY");
        for (String name : List.of(scheme + "_proxy", scheme.toUpperCase(Locale.ROOT) + "_PROXY", "all_proxy", "ALL_PROXY")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                ProxySetting p = fromUrl("environment " + name, value.trim(), name.toLowerCase(Locale.ROOT).startsWith("all")
                        && value.trim().toLowerCase(Locale.ROOT).startsWith("socks"), bypassedByNoProxy(target.host(), noProxy));
                if (p != null) {
                    found.putIfAbsent(p.host() + ":" + p.port(), p);
                }
                break;
            }
        }
        String host = jvm.getProperty(scheme + ".proxyHost");
        if (host != null && !host.isBlank()) {
            int port = parsePort(jvm.getProperty(scheme + ".proxyPort"), target.https() ? 443 : 80);
            boolean bypass = bypassedByJvmList(target.host(), jvm.getProperty("http.nonProxyHosts", "localhost|127.*|[::1]"));
            found.putIfAbsent(host + ":" + port, new ProxySetting("JVM " + scheme + ".proxyHost", host, port, false, bypass));
        }
        String socks = jvm.getProperty("socksProxyHost");
        if (socks != null && !socks.isBlank()) {
            int port = parsePort(jvm.getProperty("socksProxyPort"), 1080);
            found.putIfAbsent(socks + ":" + port, new ProxySetting("JVM socksProxyHost", socks, port, true, false));
        }
        if (selector != null) {
            try {
                for (Proxy p : selector.select(URI.create(scheme + "://" + target.hostHeader() + "/"))) {
                    if (p.type() != Proxy.Type.DIRECT && p.address() instanceof InetSocketAddress a) {
                        found.putIfAbsent(a.getHostString() + ":" + a.getPort(),
                                new ProxySetting("system proxy settings", a.getHostString(), a.getPort(), p.type() == Proxy.Type.SOCKS, false));
                    }
                }
            } catch (RuntimeException e) {
                // a broken selector is no proxy setting; the other sources still count
            }
        }
        return new ArrayList<>(found.values());
    }

    private static ProxySetting fromUrl(String source, String value, boolean socks, boolean bypassed) {
        String url = value.contains("://") ? value : "http://" + value;
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return null;
            }
            boolean isSocks = socks || uri.getScheme().toLowerCase(Locale.ROOT).startsWith("socks");
            int port = uri.getPort() > 0 ? uri.getPort() : isSocks ? 1080 : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return new ProxySetting(source, uri.getHost(), port, isSocks, bypassed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** curl's NO_PROXY rules: "*" matches all; an entry matches the host itself and every name under it. */
    static boolean bypassedByNoProxy(String host, String noProxy) {
        if (noProxy == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : noProxy.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            String e = entry.startsWith(".") ? entry.substring(1) : entry;
            if (e.equals("*") || (!e.isEmpty() && (h.equals(e) || h.endsWith("." + e)))) {
                return true;
            }
        }
        return false;
    }

    /** The JVM's http.nonProxyHosts: patterns separated by "|", "*" as a wildcard at either end. */
    static boolean bypassedByJvmList(String host, String list) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String pattern : list.toLowerCase(Locale.ROOT).split("\\|")) {
            String p = pattern.trim();
            if (p.equals(h) || (p.startsWith("*") && h.endsWith(p.substring(1))) || (p.endsWith("*") && h.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, String> env, String a, String b) {
        return env.get(a) != null ? env.get(a) : env.get(b);
    }

    private static int parsePort(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public String toString() {
        return (socks ? "SOCKS " : "HTTP ") + host + ":" + port + " (" + source + (bypassed ? ", bypassed for this host" : "") + ")";
    }
}
