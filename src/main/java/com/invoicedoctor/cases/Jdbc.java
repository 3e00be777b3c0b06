package com.invoicedoctor.cases;

import com.invoicedoctor.session.WrittenToFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small pool of JDBC connections to the application database (the one Flyway migrated), with plain and
 * transactional work. Knows nothing about tables; the stores do.
 */
public final class Jdbc implements AutoCloseable {
    private static final int POOL_SIZE = 8;

    private final String url;
    private final WrittenToFile written;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL_SIZE);
    private final Semaphore permits = new Semaphore(POOL_SIZE, true);

    /** Connects lazily to this JDBC URL; the schema must already be migrated. */
    public Jdbc(String url) {
        this.url = url;
        this.written = WrittenToFile.forUrl(url);
    }

    /** Work done with one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work with auto-commit on. */
    public <T> T with(Work<T> work) {
        return run(work, false);
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean transaction) {
        acquire();
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) {
                c = DriverManager.getConnection(url);
            }
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
            // staff changes are acknowledged too; a read with nothing to write returns at once
            written.after(c);
            idle.offer(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw new DataException(e);
        } finally {
            if (c != null) {
                closeQuietly(c);
            }
            permits.release();
        }
    }

    /** Whether an SQL error is a broken unique or primary key (another writer came first). */
    public static boolean duplicateKey(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23") && !"23502".equals(state);
    }

    /** An instant as a timestamp column value (UTC, microseconds: what H2 and PostgreSQL both keep). */
    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** A timestamp column as an instant, null when NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Binds parameters in order; instants become timestamps. */
    public static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            ps.setObject(i + 1, v instanceof Instant t ? ts(t) : v);
        }
        return ps;
    }

    /** Now, at the precision the database keeps. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the database is busy: no connection free after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken; nothing more to release
        }
    }

    /** A database failure, carrying the SQL error (a fault of the program or the database, never of input). */
    public static final class DataException extends RuntimeException {
        DataException(SQLException cause) {
            super("database error: " + cause.getMessage(), cause);
        }

        /** The SQL error behind it. */
        public SQLException sql() {
            return (SQLException) getCause();
        }
    }
}
