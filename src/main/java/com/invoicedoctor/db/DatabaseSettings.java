package com.invoicedoctor.db;

/**
 * Where the database is and how to sign in to it; the credentials never need to be in the URL, where {@code ps} would
 * show them. Read, like every setting, from the command line, the environment or the config file (app.Settings):
 *
 * <pre>
 * setting     option           environment                    config file
 * URL         --db             INVOICE_DOCTOR_DB_URL          db.url
 * user        -                INVOICE_DOCTOR_DB_USER         db.user
 * password    -                INVOICE_DOCTOR_DB_PASSWORD     db.password
 * pool size   --db-pool-size   INVOICE_DOCTOR_DB_POOL_SIZE    db.pool-size
 * </pre>
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    /** Connections per process unless a setting says otherwise: sessions, cases and staff share them. */
    public static final int DEFAULT_POOL_SIZE = 20;

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

    /** The password is never shown: the record's text is logged and printed. */
    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user) + ", pool of " + poolSize;
    }
}
