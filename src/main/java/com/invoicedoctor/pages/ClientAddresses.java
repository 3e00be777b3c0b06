package com.invoicedoctor.pages;

import io.javalin.http.Context;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request comes from, as a key for counting: the connection's peer, or, when that peer is a proxy
 * the operator trusts, the nearest address in {@code X-Forwarded-For} that is not one of those proxies. Anyone can
 * write that header, so it is read only behind a trusted proxy, and only from the right, where the proxy appends.
 * An IPv6 address stands for its /64 network, the block one customer line usually gets.
 */
public final class ClientAddresses {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    private ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The connection's peer is the client: no proxy is trusted, X-Forwarded-For is ignored. */
    public static ClientAddresses direct() {
        return new ClientAddresses(Set.of());
    }

    /** Behind these proxies (IP addresses): their X-Forwarded-For is believed, nobody else's. */
    public static ClientAddresses behind(List<String> proxies) {
        return new ClientAddresses(proxies.stream().map(p -> {
            String key = key(p.trim());
            if (key == null) {
                throw new IllegalArgumentException("'" + p + "' is not an IP address; name a trusted proxy by its address");
            }
            return key;
        }).collect(Collectors.toUnmodifiableSet()));
    }

    /** The client's address key of this request. */
    public String of(Context ctx) {
        Enumeration<String> headers = ctx.req().getHeaders("X-Forwarded-For");
        return of(ctx.req().getRemoteAddr(), headers == null ? List.of() : Collections.list(headers));
    }

    /** The client's address key, from the connection's peer and the X-Forwarded-For headers in the order received. */
    String of(String peerAddress, List<String> forwardedFor) {
        String peer = key(peerAddress);
        String client = peer == null ? "unknown" : peer;
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::trim).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = key(hops.get(i));
            if (hop == null) {
                return client; // a hop the proxy did not write: stop at the last address it vouched for
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** An IP literal as a key (IPv4 as is, IPv6 as its /64); null when it is not an IP literal. Never asks DNS. */
    static String key(String literal) {
        if (literal == null) {
            return null;
        }
        String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        boolean v6 = s.contains(":");
        if (!(v6 ? IPV6 : IPV4).matcher(s).matches()) {
            return null;
        }
        try {
            // a dotted quad, or IPv6 in brackets: Java parses these as literals and never looks them up
            InetAddress a = InetAddress.getByName(v6 ? "[" + s + "]" : s);
            if (a instanceof Inet4Address) {
                return a.getHostAddress();
            }
            if (a instanceof Inet6Address) {
                byte[] b = a.getAddress();
                StringBuilder net = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    net.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
                }
                return net.append(":/64").toString();
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
