package com.invoicedoctor.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Small helpers the stores share for SQL that runs the same on H2 and PostgreSQL. */
public final class Sql {
    private Sql() {
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
