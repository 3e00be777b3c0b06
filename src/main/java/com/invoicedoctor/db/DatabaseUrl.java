package com.invoicedoctor.db;

import java.util.Locale;

/** What a JDBC URL means for the server: which database it names, and what the server adds to it. */
public final class DatabaseUrl {
    private DatabaseUrl() {
    }

    /**
     * The URL with an in-memory H2 database kept for the life of the process ({@code DB_CLOSE_DELAY=-1}): H2 drops one
     * when its last connection closes, and the server's pools close connections, so {@code serve --db jdbc:h2:mem:x}
     * would lose its tables. Other URLs are returned as given.
     */
    public static String forServer(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        boolean memory = upper.startsWith("JDBC:H2:MEM:");
        return memory && !upper.contains(";DB_CLOSE_DELAY=") ? url + ";DB_CLOSE_DELAY=-1" : url;
    }

    /** Whether the URL names an H2 database kept in a file by this process (not in memory, not an H2 server's). */
    public static boolean embeddedH2File(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        return upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:") && !upper.startsWith("JDBC:H2:TCP:")
                && !upper.startsWith("JDBC:H2:SSL:") && !upper.startsWith("JDBC:H2:ZIP:");
    }
}
