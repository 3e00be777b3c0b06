package com.invoicedoctor.db;

import java.sql.SQLException;

/** The database cannot be opened; the message says why in a person's words and what to do (no JDBC URL: it may hold a password). */
public final class DatabaseUnavailableException extends RuntimeException {
    /** H2's code for a database file another process has open. */
    private static final int H2_IN_USE = 90020;

    private DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public static DatabaseUnavailableException of(Throwable failure) {
        SQLException sql = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && sql == null) {
                sql = s;
            }
            root = t;
        }
        if (sql != null && sql.getErrorCode() == H2_IN_USE) {
            return new DatabaseUnavailableException("the database file is in use by another process, most likely a running "
                    + "InvoiceDoctor server: an embedded H2 file opens in one process at a time. Stop the server and run this "
                    + "again, or point --db at a shared database (PostgreSQL). (" + firstLine(sql.getMessage()) + ")", failure);
        }
        return new DatabaseUnavailableException("the database cannot be opened: " + firstLine(root.getMessage()), failure);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
