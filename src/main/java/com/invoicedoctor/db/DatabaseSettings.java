package com.invoicedoctor.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database is and how to sign in to it. Each setting is read, first found wins, from the command line,
 * the environment, then an optional config file (Java properties); the credentials never need to be in the URL,
 * where {@code ps} would show them.
 *
 * <pre>
 * setting     option           environment                    config file
 * URL         --db             INVOICE_DOCTOR_DB_URL          db.url
 * user        -                INVOICE_DOCTOR_DB_USER         db.user
 * password    -                INVOICE_DOCTOR_DB_PASSWORD     db.password
 * pool size   --db-pool-size   INVOICE_DOCTOR_DB_POOL_SIZE    db.pool-size
 * the file    --db-config      INVOICE_DOCTOR_DB_CONFIG       -
 * </pre>
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    /** Connections per process unless a setting says otherwise: sessions, cases and staff share them. */
    public static final int DEFAULT_POOL_SIZE = 20;
    public static final String URL_ENV = "INVOICE_DOCTOR_DB_URL";
    public static final String USER_ENV = "INVOICE_DOCTOR_DB_USER";
    public static final String PASSWORD_ENV = "INVOICE_DOCTOR_DB_PASSWORD";
    public static final String POOL_SIZE_ENV = "INVOICE_DOCTOR_DB_POOL_SIZE";
    public static final String CONFIG_ENV = "INVOICE_DOCTOR_DB_CONFIG";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSettings.class);

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the database URL is empty");
        }
        if (poolSize < 1 || poolSize > 1000) {
            throw new IllegalArgumentException("the database pool size must lie between 1 and 1000, was " + poolSize);
        }
    }

    /** This URL, no separate credentials, the default pool size. */
    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(url, null, null, DEFAULT_POOL_SIZE);
    }

    /**
     * The settings from the command line's values (null when not given), the environment and the config file.
     *
     * @throws IllegalArgumentException when the config file cannot be read or a value is malformed, saying which
     */
    public static DatabaseSettings resolve(String urlOption, Integer poolSizeOption, Path configOption, Map<String, String> env) {
        Path configFile = configOption != null ? configOption : present(env.get(CONFIG_ENV)) ? Path.of(env.get(CONFIG_ENV)) : null;
        Properties file = configFile == null ? new Properties() : read(configFile);
        String url = first(urlOption, env.get(URL_ENV), file.getProperty("db.url"), Database.DEFAULT_URL);
        String user = first(env.get(USER_ENV), file.getProperty("db.user"));
        String password = first(env.get(PASSWORD_ENV), file.getProperty("db.password"));
        String size = first(poolSizeOption == null ? null : poolSizeOption.toString(), env.get(POOL_SIZE_ENV),
                file.getProperty("db.pool-size"), Integer.toString(DEFAULT_POOL_SIZE));
        int poolSize;
        try {
            poolSize = Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the database pool size is not a whole number: '" + size + "'");
        }
        return new DatabaseSettings(url, user, password, poolSize);
    }

    private static String DEFAULT_URL() {
        return Database.DEFAULT_URL;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the database config file " + file + ": " + e.getMessage());
        }
        if (p.getProperty("db.password") != null && othersMayRead(file)) {
            LOG.warn("{} holds the database password and other users may read it; chmod 600 it", file);
        }
        return p;
    }

    private static boolean othersMayRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (present(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The password is never shown: the record's text is logged and printed. */
    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user) + ", pool of " + poolSize;
    }
}
