package com.invoicedoctor.cli;

import com.invoicedoctor.db.Database;
import com.invoicedoctor.db.DatabaseSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The database options serve and admin share; the credentials come from the environment or the config file. */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "the database (else $" + DatabaseSettings.URL_ENV + ", else db.url in the config file, else "
                    + Database.DEFAULT_URL + "); user and password come from $" + DatabaseSettings.USER_ENV + " and $"
                    + DatabaseSettings.PASSWORD_ENV + " or the config file, never needed in the URL")
    String url;

    @Option(names = "--db-pool-size", paramLabel = "N",
            description = "database connections this process opens at most (else $" + DatabaseSettings.POOL_SIZE_ENV
                    + ", else db.pool-size, else " + DatabaseSettings.DEFAULT_POOL_SIZE + ")")
    Integer poolSize;

    @Option(names = "--db-config", paramLabel = "FILE",
            description = "a properties file with db.url, db.user, db.password, db.pool-size (else $"
                    + DatabaseSettings.CONFIG_ENV + ")")
    Path config;

    /** The settings from these options, the environment and the config file. */
    DatabaseSettings settings() {
        return DatabaseSettings.resolve(url, poolSize, config, System.getenv());
    }
}
