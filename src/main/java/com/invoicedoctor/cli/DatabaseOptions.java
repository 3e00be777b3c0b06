package com.invoicedoctor.cli;

import com.invoicedoctor.app.SettingSources;
import com.invoicedoctor.app.Settings;
import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The database options serve and admin share; the credentials come from the environment or the config file. */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "the database (else $INVOICE_DOCTOR_DB_URL, else db.url in the config file, else "
                    + Database.DEFAULT_URL + "); user and password come from $INVOICE_DOCTOR_DB_USER and "
                    + "$INVOICE_DOCTOR_DB_PASSWORD or db.user and db.password in the config file, never needed in the URL")
    String url;

    @Option(names = "--db-pool-size", paramLabel = "N",
            description = "database connections this process opens at most (else $INVOICE_DOCTOR_DB_POOL_SIZE, "
                    + "else db.pool-size, else " + DatabaseSettings.DEFAULT_POOL_SIZE + ")")
    Integer poolSize;

    @Option(names = "--db-config", paramLabel = "FILE",
            description = "a config file (properties) with db.url, db.user, db.password, db.pool-size (else $"
                    + SettingSources.CONFIG_ENV + ", else $" + SettingSources.DB_CONFIG_ENV + ")")
    Path config;

    /** The settings from these options, the environment and the config file. */
    DatabaseSettings settings() {
        Map<String, String> flags = new HashMap<>();
        if (url != null) {
            flags.put("db.url", url);
        }
        if (poolSize != null) {
            flags.put("db.pool-size", poolSize.toString());
        }
        return Settings.database(SettingSources.of(flags, System.getenv(), config));
    }
}
