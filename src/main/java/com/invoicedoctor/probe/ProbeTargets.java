package com.invoicedoctor.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice endpoints the operator allows probing. Anyone may ask to probe one of these, by id or by
 * its exact URL; nothing else is ever probed for an anonymous user, so the server cannot be turned into
 * a scanner of arbitrary addresses (no server-side request forgery). Matching never resolves names: a
 * user-supplied host that happens to resolve to a configured address does not match.
 */
public final class ProbeTargets {
    private final Map<String, Endpoint> byId;

    /**
     * One allowed endpoint: a short id for forms and the API, a label for people, its URL, and whose it is
     * (the tax platform, a vendor's cloud, the company's own server; null when the operator did not say).
     */
    public record Endpoint(String id, String label, URI uri, EndpointRole role) {
        /** An endpoint whose role nobody gave. */
        public Endpoint(String id, String label, URI uri) {
            this(id, label, uri, null);
        }
    }

    private ProbeTargets(Map<String, Endpoint> byId) {
        this.byId = byId;
    }

    /** No endpoint allowed. */
    public static ProbeTargets none() {
        return new ProbeTargets(Map.of());
    }

    /**
     * Reads "[role:]id=url" entries separated by commas, semicolons or new lines, e.g.
     * {@code platform:tax=https://fpsc.example.gov.cn:8001/ , own:erp=http://10.0.0.5:8080/invoice}.
     *
     * @throws IllegalArgumentException naming the entry that is not an id=http(s)-URL pair, or a repeated id
     */
    public static ProbeTargets parse(String spec) {
        List<Endpoint> list = new ArrayList<>();
        if (spec != null) {
            for (String entry : spec.split("[,;\\n]")) {
                String e = EndpointRole.withoutPrefix(entry);
                if (e.isEmpty()) {
                    continue;
                }
                EndpointRole role = EndpointRole.prefixOf(entry.trim()).orElse(null);
                int eq = e.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("probe target '" + e + "' must look like [platform:|vendor:|own:]id=https://host:port/path");
                }
                String id = e.substring(0, eq).trim();
                list.add(new Endpoint(id, id, URI.create(e.substring(eq + 1).trim()), role));
            }
        }
        return of(list);
    }

    /**
     * The given endpoints.
     *
     * @throws IllegalArgumentException when an id is malformed or repeated, or a URL is not http(s) with a host
     */
    public static ProbeTargets of(List<Endpoint> endpoints) {
        Map<String, Endpoint> map = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            if (!e.id().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new IllegalArgumentException("probe target id '" + e.id() + "' may hold only letters, digits, '.', '_' and '-'");
            }
            Target.of(e.uri());
            if (map.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("probe target id '" + e.id() + "' is configured twice");
            }
        }
        return new ProbeTargets(Collections.unmodifiableMap(map));
    }

    /** The allowed endpoints in configured order. */
    public List<Endpoint> all() {
        return List.copyOf(byId.values());
    }

    /** The endpoint with this id. */
    public Optional<Endpoint> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The configured endpoint whose URL equals the given one, after normalising only what does not change
     * the address (scheme and host case, a default port, an empty path). Probe the returned endpoint's
     * URI, never the caller's string.
     */
    public Optional<Endpoint> byUrl(String url) {
        Optional<String> wanted = normalise(url);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return byId.values().stream().filter(e -> normalise(e.uri().toString()).equals(wanted)).findFirst();
    }

    /** Whether this exact endpoint (by id or URL) is allowed. */
    public boolean allows(String idOrUrl) {
        return byId(idOrUrl).isPresent() || byUrl(idOrUrl).isPresent();
    }

    static Optional<String> normalise(String url) {
        if (url == null || url.length() > 2048) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (port == (scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -2)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path + query);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
