package com.invoicedoctor.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a commit stored before the server acknowledges it. An embedded H2 file database keeps committed changes in
 * memory for its background writer (H2's WRITE_DELAY, 500 ms by default), so a process killed within that time loses
 * changes it had confirmed. {@code CHECKPOINT} writes them to the file (through the operating system's cache, which a
 * killed process does not lose) before it returns; concurrent writers share one write. The background writer keeps
 * running, and with it H2's compaction of the file. Other databases (PostgreSQL) are durable at commit already.
 */
public final class WrittenToFile {
    private static final WrittenToFile NOT_NEEDED = new WrittenToFile(false);
    private final boolean needed;

    private WrittenToFile(boolean needed) {
        this.needed = needed;
    }

    /** What the database at this JDBC URL needs. */
    public static WrittenToFile forUrl(String url) {
        return DatabaseUrl.embeddedH2File(url) ? new WrittenToFile(true) : NOT_NEEDED;
    }

    /** Call after the work on this connection is committed: returns once the changes are in the database file. */
    public void after(Connection c) throws SQLException {
        if (needed) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
        }
    }
}
