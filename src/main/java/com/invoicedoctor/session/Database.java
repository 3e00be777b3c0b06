package com.invoicedoctor.session;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The session database: brought up to date with Flyway's migrations (db/migration) on open, then
 * reached through a small pool of JDBC connections. H2 by default; any JDBC URL whose driver is on the
 * class path works (the schema is portable SQL, PostgreSQL included).
 */
public final class Database implements AutoCloseable {
    /** An H2 file database under ./data, created on first start. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/invoice-doctor";
    private static final int POOL_SIZE = 16;

    private final String url;
    private final WrittenToFile written;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL_SIZE);
    private final Semaphore permits = new Semaphore(POOL_SIZE, true);

    private Database(String url) {
        this.url = url;
        this.written = WrittenToFile.forUrl(url);
    }

    /**
     * Opens the database at this JDBC URL and applies pending migrations.
     *
     * @throws DatabaseUnavailableException when it cannot be reached, with what to do about it
     */
    public static Database open(String url) {
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return new Database(url);
    }

    /** Work done with one pooled connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work that changes the database; it returns once the change is stored (see {@link WrittenToFile}). */
    <T> T write(Work<T> work) {
        return with(c -> {
            T result = work.run(c);
            written.after(c);
            return result;
        });
    }

    /** Runs the work with a pooled connection; a connection that failed is closed instead of reused. */
    <T> T with(Work<T> work) {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the session database is busy: no connection free after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) {
                c = DriverManager.getConnection(url);
            }
            T result = work.run(c);
            idle.offer(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("session database error: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                closeQuietly(c);
            }
            permits.release();
        }
    }

    /** Connections lent out now. */
    public int inUse() {
        return POOL_SIZE - permits.availablePermits();
    }

    /** Connections open and waiting to be lent. */
    public int idle() {
        return idle.size();
    }

    /** The most connections it opens. */
    public int size() {
        return POOL_SIZE;
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken; nothing more to release
        }
    }
}
