package com.invoicedoctor.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The application database (sessions, cases, staff, learning): one HikariCP pool per process, brought up to date
 * with Flyway's migrations (db/migration) when opened. H2 by default; any JDBC URL whose driver is on the class path
 * works (the schema is portable SQL, PostgreSQL included). Knows nothing about tables; the stores do.
 */
public final class Database implements AutoCloseable {
    /** An H2 file database under ./data, created on first start. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/invoice-doctor";
    /** How long work waits for a free connection before it fails. */
    private static final long WAIT_MS = 10_000;

    private final HikariDataSource pool;
    private final WrittenToFile written;

    private Database(HikariDataSource pool, WrittenToFile written) {
        this.pool = pool;
        this.written = written;
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached, with what to do about it
     */
    public static Database open(DatabaseSettings settings) {
        String url = DatabaseUrl.forServer(settings.url());
        HikariConfig config = new HikariConfig();
        config.setPoolName("invoice-doctor");
        config.setJdbcUrl(url);
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        // a fixed pool (HikariCP's advice), filled in the background from the start: HikariCP opens connections one
        // at a time, so a pool that grew only on demand made the first burst of requests wait for each in turn
        // (20 clients on a fresh PostgreSQL pool: 2.5 s for their first answers)
        config.setMinimumIdle(settings.poolSize());
        config.setConnectionTimeout(WAIT_MS);
        // Migrate on a connection of its own, before the pool opens: an embedded H2 file is closed when that last
        // connection closes, which writes it out whole after a crash. Opened straight by the pool instead, a file
        // that had been killed several times in a row lost a whole run of acknowledged sessions in KillDuringAnswersTest.
        // A restart finds its history matching the jar's migrations (one query, AppliedMigrations): Flyway, which
        // costs a start about 0.15 s of CPU, runs only otherwise, to migrate or to refuse a history that does not match.
        if (!AppliedMigrations.upToDate(url, settings.user(), settings.password())) {
            try {
                Flyway.configure().dataSource(url, settings.user(), settings.password())
                        .locations("classpath:" + AppliedMigrations.LOCATION).load().migrate();
            } catch (FlywayException e) {
                throw DatabaseUnavailableException.of(e);
            }
        }
        try {
            return new Database(new HikariDataSource(config), WrittenToFile.forUrl(url));
        } catch (RuntimeException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    /** Opens the database at this URL with the default pool and no separate credentials (tests, embedded H2). */
    public static Database open(String url) {
        return open(DatabaseSettings.of(url));
    }

    /** Work done with one pooled connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work that only reads, with auto-commit on. */
    public <T> T read(Work<T> work) {
        return run(work, false, false);
    }

    /**
     * Runs work with auto-commit on; it returns once any change is stored (see {@link WrittenToFile}), so a change
     * is never acknowledged before it would survive a crash. Work with nothing to write returns at once.
     */
    public <T> T with(Work<T> work) {
        return run(work, false, true);
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws; stored on return. */
    public <T> T transaction(Work<T> work) {
        return run(work, true, true);
    }

    private <T> T run(Work<T> work, boolean transaction, boolean store) {
        try (Connection c = connection()) {
            T result;
            if (transaction) {
                c.setAutoCommit(false);
                try {
                    result = work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } else {
                result = work.run(c);
            }
            if (store) {
                written.after(c);
            }
            return result;
        } catch (SQLException e) {
            throw new Sql.DataException(e);
        }
    }

    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLTransientConnectionException e) {
            throw new IllegalStateException("the database is busy: no connection free after " + WAIT_MS / 1000 + " s", e);
        }
    }

    /** Connections lent out now. */
    public int inUse() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getActiveConnections();
    }

    /** Connections open and waiting to be lent. */
    public int idle() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getIdleConnections();
    }

    /** The most connections it opens. */
    public int size() {
        return pool.getMaximumPoolSize();
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        pool.close();
    }
}
