package com.invoicedoctor.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server's settings come from, first found wins: the command line, the environment, then an optional config
 * file (Java properties). A setting has one name in all three: {@code idle-timeout} is the option
 * {@code --idle-timeout}, the variable {@code INVOICE_DOCTOR_IDLE_TIMEOUT} and the key {@code idle-timeout} in the file;
 * {@code db.url} is {@code --db}, {@code INVOICE_DOCTOR_DB_URL} and {@code db.url}.
 *
 * @param flags the command line's values by setting name (only those given)
 * @param env   the environment
 * @param file  the config file's keys and values (empty without one)
 * @param fileName the config file, for messages; null without one
 */
public record SettingSources(Map<String, String> flags, Map<String, String> env, Properties file, Path fileName) {
    /** The variable that names the config file when --config does not. */
    public static final String CONFIG_ENV = "INVOICE_DOCTOR_CONFIG";
    /** The older name of that variable, from when the file held only the database settings. */
    public static final String DB_CONFIG_ENV = "INVOICE_DOCTOR_DB_CONFIG";
    private static final Logger LOG = LoggerFactory.getLogger(SettingSources.class);

    public SettingSources {
        flags = Map.copyOf(flags);
        env = Map.copyOf(env);
    }

    /**
     * The command line's values, the environment, and the config file the command line ({@code configFlag}) or the
     * environment names.
     *
     * @throws IllegalArgumentException when the config file cannot be read
     */
    public static SettingSources of(Map<String, String> flags, Map<String, String> env, Path configFlag) {
        Path config = configFlag != null ? configFlag : present(env.get(CONFIG_ENV)) ? Path.of(env.get(CONFIG_ENV))
                : present(env.get(DB_CONFIG_ENV)) ? Path.of(env.get(DB_CONFIG_ENV)) : null;
        return new SettingSources(flags, env, config == null ? new Properties() : read(config), config);
    }

    /** Only these values, as if given on the command line (for tests). */
    public static SettingSources of(Map<String, String> values) {
        return new SettingSources(values, Map.of(), new Properties(), null);
    }

    /** The setting's value, trimmed, from the first source that has one; null when none has. */
    public String get(String name) {
        for (String value : new String[] {flags.get(name), env.get(envName(name)), file.getProperty(name)}) {
            if (present(value)) {
                return value.strip();
            }
        }
        return null;
    }

    /** The setting's value, or {@code otherwise}. */
    public String get(String name, String otherwise) {
        String value = get(name);
        return value == null ? otherwise : value;
    }

    /**
     * A repeatable setting: on the command line one value per option (kept apart by line breaks in {@link #flags}), in
     * the environment and the file values separated by commas or white space.
     */
    public List<String> list(String name) {
        String value = get(name);
        String separator = present(flags.get(name)) ? "\n" : "[,\\s]+";
        return value == null ? List.of()
                : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Where the setting's value came from, to say in a message: "--port", "$INVOICE_DOCTOR_PORT" or "port in FILE". */
    public String where(String name) {
        if (present(flags.get(name))) {
            return "--" + (name.equals("db.url") ? "db" : name.replace('.', '-'));
        }
        if (present(env.get(envName(name)))) {
            return "$" + envName(name);
        }
        return name + " in " + fileName;
    }

    /** The environment variable of a setting: INVOICE_DOCTOR_ and the name in capitals, '.' and '-' as '_'. */
    public static String envName(String name) {
        return "INVOICE_DOCTOR_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage());
        }
        if ((p.getProperty("db.password") != null || p.getProperty("admin-password") != null
                || p.getProperty("metrics-token") != null) && othersMayRead(file)) {
            LOG.warn("{} holds a password or token and other users may read it; chmod 600 it", file);
        }
        return p;
    }

    private static boolean othersMayRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The password and token are never shown. */
    @Override
    public String toString() {
        return "settings from the command line, the environment" + (fileName == null ? "" : " and " + fileName);
    }
}
