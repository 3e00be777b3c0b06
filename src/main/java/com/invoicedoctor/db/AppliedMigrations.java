package com.invoicedoctor.db;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Whether a database's schema history already holds exactly the migrations this build ships, so that opening it can
 * skip Flyway, whose set-up, scan and validation cost a start about 0.15 s of CPU. One query reads Flyway's own history
 * table; every migration of {@code db/migration} must be there, applied successfully, with the same version,
 * description, script and checksum, and nothing else may be but the rows Flyway writes on creating its table or a
 * schema. Anything else (no history yet, a migration pending, one edited, renamed or missing, a failed or foreign row, a
 * checksum worked out differently) answers "no", and Flyway then migrates or refuses the database as before: this check
 * can only send a database to Flyway, never let one past it.
 *
 * <p>The checksum is worked out as Flyway does for an SQL migration: a CRC-32 over the file's lines in UTF-8, without
 * their line breaks and without a byte-order mark (AppliedMigrationsTest holds it against the ones Flyway stored).
 */
final class AppliedMigrations {
    static final String LOCATION = "db/migration";
    private static final String HISTORY = "select \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
            + " from \"flyway_schema_history\"";
    /** Rows Flyway writes that are not migrations: it created the history table, or a schema. */
    private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

    private AppliedMigrations() {
    }

    /** One versioned SQL migration as Flyway records it. */
    record Migration(String version, String description, String script, int checksum) {
    }

    /** True only when the database's history is exactly the migrations shipped; false on any doubt or failure. */
    static boolean upToDate(String url, String user, String password) {
        List<Migration> shipped;
        try {
            shipped = shipped();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (shipped.isEmpty()) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // asked before the query: a query of a missing table would be an error, which H2 writes to a trace file
            // beside a new database
            try (ResultSet table = c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
                if (!table.next()) {
                    return false;
                }
            }
            return matches(c, shipped);
        } catch (SQLException e) {
            // a history table unlike Flyway's, or no database: Flyway decides
            return false;
        }
    }

    private static boolean matches(Connection c, List<Migration> shipped) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(HISTORY)) {
            TreeMap<String, Migration> applied = new TreeMap<>();
            while (rows.next()) {
                String version = rows.getString(1);
                if (version == null && MARKERS.contains(rows.getString(3)) && rows.getBoolean(6)) {
                    continue;
                }
                int checksum = rows.getInt(5);
                boolean noChecksum = rows.wasNull();
                if (version == null || noChecksum || !"SQL".equals(rows.getString(3)) || !rows.getBoolean(6)
                        || applied.put(version, new Migration(version, rows.getString(2), rows.getString(4), checksum)) != null) {
                    return false;
                }
            }
            TreeMap<String, Migration> expected = new TreeMap<>();
            shipped.forEach(m -> expected.put(m.version(), m));
            return applied.equals(expected);
        }
    }

    /** The versioned SQL migrations on the class path, with Flyway's version, description and checksum for each. */
    static List<Migration> shipped() throws IOException {
        List<Migration> migrations = new ArrayList<>();
        ClassLoader loader = AppliedMigrations.class.getClassLoader();
        for (String script : scripts(loader)) {
            Migration m = parse(script, loader);
            if (m == null) {
                // a file the name rules below do not read (a repeatable or an undo migration): leave it to Flyway
                throw new IOException("not a versioned SQL migration: " + script);
            }
            migrations.add(m);
        }
        return migrations;
    }

    /** Flyway's reading of a name V{version}__{description}.sql: underscores in the version are dots, in the description spaces. */
    private static Migration parse(String script, ClassLoader loader) throws IOException {
        int split = script.indexOf("__");
        if (!script.startsWith("V") || split < 2 || !script.endsWith(".sql")) {
            return null;
        }
        String version = script.substring(1, split).replace('_', '.');
        String description = script.substring(split + 2, script.length() - ".sql".length()).replace('_', ' ');
        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(LOCATION + "/" + script), script)) {
            return new Migration(version, description, script, checksum(in));
        }
    }

    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean first = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /** The file names under db/migration, from the classes folder (tests) or the jar (the application). */
    private static List<String> scripts(ClassLoader loader) throws IOException {
        URL folder = loader.getResource(LOCATION);
        if (folder == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (folder.getProtocol().equals("file")) {
            try {
                String[] files = new File(folder.toURI()).list();
                if (files != null) {
                    names.addAll(List.of(files));
                }
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if (folder.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String prefix = LOCATION + "/";
                file.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length() && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(n.substring(prefix.length())));
            }
        } else {
            throw new IOException("cannot list " + folder);
        }
        names.sort(null);
        return names;
    }
}
