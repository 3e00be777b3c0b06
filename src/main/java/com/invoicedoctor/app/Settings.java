package com.invoicedoctor.app;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import com.invoicedoctor.pages.ClientAddresses;
import com.invoicedoctor.probe.EndpointRole;
import com.invoicedoctor.probe.ProbeTargets;
import com.invoicedoctor.staff.Helpdesk;
import com.invoicedoctor.staff.HelpdeskContact;
import com.invoicedoctor.staff.Passwords;
import com.invoicedoctor.web.PublicUrl;
import com.invoicedoctor.web.jetty.ConnectionLimits;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the server is configured with, read once ({@link #read}) from the command line, the environment and an
 * optional config file ({@link SettingSources}); the assembly ({@link Assembly}) builds the app from it.
 *
 * @param port           0 for any free port
 * @param database       the application database: URL, credentials, pool size
 * @param endpoints      the invoice endpoints the operator allows to be checked
 * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For names the client (none: direct clients)
 * @param limits         what one client may hold of the server (connections, slow bodies, threads)
 * @param publicUrl      where users reach the server, for absolute links; null for relative links
 * @param metricsToken   a scraper sending it as a bearer token may read /metrics; null for staff only
 * @param staffZone      the time zone of times on the staff pages, the dashboard's days and the CSV export
 * @param contact        how customers reach the helpdesk, shown with the hand-off code
 * @param passwordCost   the BCrypt cost of staff passwords (12; tests take the lowest, 4, to stay fast)
 * @param adminUser      the first administrator's user name, created at start when there is none
 * @param adminPassword  its password; null: no administrator is created (the log says how)
 */
public record Settings(int port, DatabaseSettings database, ProbeTargets endpoints, List<String> trustedProxies,
                       ConnectionLimits limits, PublicUrl publicUrl, String metricsToken, ZoneId staffZone,
                       HelpdeskContact contact, int passwordCost, String adminUser, String adminPassword) {
    /** Shortest metrics token accepted: a scraper's secret must not be guessable. */
    public static final int MIN_TOKEN = 16;
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_PASSWORD_COST = 12;

    public Settings {
        trustedProxies = List.copyOf(trustedProxies);
        ClientAddresses.behind(trustedProxies);
        staffZone = staffZone == null ? Helpdesk.DEFAULT_ZONE : staffZone;
        contact = contact == null ? HelpdeskContact.none() : contact;
        limits = limits == null ? ConnectionLimits.defaults() : limits;
        adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser.strip();
        adminPassword = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
        if (metricsToken != null && metricsToken.length() < MIN_TOKEN) {
            throw new IllegalArgumentException("the metrics token must be at least " + MIN_TOKEN + " characters long");
        }
        if (passwordCost < Passwords.MIN_COST || passwordCost > 31) {
            throw new IllegalArgumentException("the password cost must lie between " + Passwords.MIN_COST + " and 31, was "
                    + passwordCost);
        }
    }

    /** A server on this port and database, these endpoints, everything else as by default. */
    public Settings(int port, DatabaseSettings database, ProbeTargets endpoints) {
        this(port, database, endpoints, List.of(), null, null, null, null, null, DEFAULT_PASSWORD_COST, null, null);
    }

    /** The database at this URL, no separate credentials, the default pool. */
    public Settings(int port, String dbUrl, ProbeTargets endpoints) {
        this(port, DatabaseSettings.of(dbUrl), endpoints);
    }

    /**
     * The settings from their sources, each checked; the default of each that none gives.
     *
     * @throws IllegalArgumentException naming the setting and where it came from, when a value is malformed
     */
    public static Settings read(SettingSources s) {
        ProbeTargets endpoints = checked(s, "endpoint", () -> endpoints(s.list("endpoint")));
        List<String> proxies = checked(s, "trusted-proxy", () -> {
            List<String> list = s.list("trusted-proxy");
            ClientAddresses.behind(list);
            return list;
        });
        ConnectionLimits limits = new ConnectionLimits(Duration.ofSeconds(number(s, "idle-timeout", 30)),
                Duration.ofSeconds(number(s, "body-timeout", 10)), (int) number(s, "min-body-rate", 1024),
                (int) number(s, "max-connections-per-address", 64), (int) number(s, "max-connections", 10000),
                (int) number(s, "threads", 200));
        PublicUrl publicUrl = checked(s, "public-url", () -> s.get("public-url") == null ? null : PublicUrl.parse(s.get("public-url")));
        ZoneId zone = checked(s, "time-zone", () -> {
            String text = s.get("time-zone", Helpdesk.DEFAULT_ZONE.getId());
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text + "' is not a time zone; give a region such as Asia/Shanghai, or UTC");
            }
        });
        HelpdeskContact contact = checked(s, "helpdesk-chat",
                () -> new HelpdeskContact(s.get("helpdesk-phone"), s.get("helpdesk-hours"), s.get("helpdesk-chat")));
        String token = s.get("metrics-token");
        if (token != null && token.length() < MIN_TOKEN) {
            throw new IllegalArgumentException("the metrics token must be at least " + MIN_TOKEN + " characters long");
        }
        DatabaseSettings database = database(s);
        return new Settings((int) number(s, "port", DEFAULT_PORT), database, endpoints, proxies, limits, publicUrl, token,
                zone, contact, (int) number(s, "password-cost", DEFAULT_PASSWORD_COST), s.get("admin-user"),
                s.get("admin-password"));
    }

    /**
     * The database settings alone (serve and admin read them alike): db.url (--db), db.user, db.password (never on the
     * command line, where ps shows them), db.pool-size (--db-pool-size).
     */
    public static DatabaseSettings database(SettingSources s) {
        return new DatabaseSettings(s.get("db.url", Database.DEFAULT_URL), s.get("db.user"), s.get("db.password"),
                (int) number(s, "db.pool-size", DatabaseSettings.DEFAULT_POOL_SIZE));
    }

    /** The same with other connection limits. */
    public Settings with(ConnectionLimits other) {
        return new Settings(port, database, endpoints, trustedProxies, other, publicUrl, metricsToken, staffZone, contact,
                passwordCost, adminUser, adminPassword);
    }

    /** The same with absolute links to this public URL (null: relative links). */
    public Settings with(PublicUrl other) {
        return new Settings(port, database, endpoints, trustedProxies, limits, other, metricsToken, staffZone, contact,
                passwordCost, adminUser, adminPassword);
    }

    /** The same with this helpdesk contact shown on the hand-off page. */
    public Settings with(HelpdeskContact other) {
        return new Settings(port, database, endpoints, trustedProxies, limits, publicUrl, metricsToken, staffZone, other,
                passwordCost, adminUser, adminPassword);
    }

    /** The same behind these reverse proxies. */
    public Settings withTrustedProxies(List<String> proxies) {
        return new Settings(port, database, endpoints, proxies, limits, publicUrl, metricsToken, staffZone, contact,
                passwordCost, adminUser, adminPassword);
    }

    /** The same with a token that lets a scraper read /metrics (null: staff only). */
    public Settings withMetricsToken(String token) {
        return new Settings(port, database, endpoints, trustedProxies, limits, publicUrl, token, staffZone, contact,
                passwordCost, adminUser, adminPassword);
    }

    /** The same with staff passwords hashed at this BCrypt cost. */
    public Settings withPasswordCost(int cost) {
        return new Settings(port, database, endpoints, trustedProxies, limits, publicUrl, metricsToken, staffZone, contact,
                cost, adminUser, adminPassword);
    }

    /**
     * The endpoint values as probe targets: "[role:]id=URL", or "[role:]URL" named after its host; role is platform,
     * vendor or own, and without it the interview asks whose endpoint it is.
     */
    public static ProbeTargets endpoints(List<String> values) {
        List<ProbeTargets.Endpoint> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String value : values) {
            EndpointRole role = EndpointRole.prefixOf(value.trim()).orElse(null);
            String v = EndpointRole.withoutPrefix(value);
            int eq = v.indexOf('=');
            int scheme = v.indexOf("://");
            String id;
            URI uri;
            if (eq > 0 && (scheme < 0 || eq < scheme)) {
                id = v.substring(0, eq).trim();
                uri = URI.create(v.substring(eq + 1).trim());
            } else {
                uri = URI.create(v);
                String host = uri.getHost() == null ? "" : uri.getHost().replaceAll("[^A-Za-z0-9._-]", "-");
                id = host.isEmpty() || !Character.isLetterOrDigit(host.charAt(0)) ? "endpoint" : host;
                String base = id;
                for (int n = 2; ids.contains(id); n++) {
                    id = base + "-" + n;
                }
            }
            ids.add(id);
            list.add(new ProbeTargets.Endpoint(id, uri.getHost() == null ? id : uri.getHost(), uri, role));
        }
        return ProbeTargets.of(list);
    }

    /** A whole-number setting, or its default. */
    private static long number(SettingSources s, String name, long otherwise) {
        String text = s.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s.where(name) + ": '" + text + "' is not a whole number");
        }
    }

    /** Reads one setting, and says which one and where it came from when it is malformed. */
    private static <T> T checked(SettingSources s, String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((s.get(name) == null ? name : s.where(name)) + ": " + e.getMessage(), e);
        }
    }
}
