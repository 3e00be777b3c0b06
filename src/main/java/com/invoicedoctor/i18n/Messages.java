package com.invoicedoctor.i18n;

import com.invoicedoctor.knowledge.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The program's own texts (not the knowledge base's), for the customer's and the staff's pages alike: the product's
 * messages_zh / messages_en.properties and the staff pages' staff_messages_zh / staff_messages_en.properties, read
 * as one bundle per language. The two files only split the texts by who reads them; a key in both is a mistake.
 */
public final class Messages {
    private static final String[] FILES = {"messages", "staff_messages"};
    private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            Properties all = new Properties();
            for (String file : FILES) {
                Properties one = load("/" + file + "_" + lang.name() + ".properties");
                for (String key : one.stringPropertyNames()) {
                    if (all.containsKey(key)) {
                        throw new IllegalStateException("the text " + key + " is in two message files of " + lang);
                    }
                    all.setProperty(key, one.getProperty(key));
                }
            }
            BUNDLES.put(lang, all);
        }
    }

    private Messages() {
    }

    /** The text for a key, with {0}-style arguments filled in; the key itself when missing. */
    public static String get(Lang lang, String key, Object... args) {
        String pattern = BUNDLES.get(lang).getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang == Lang.en ? Locale.ENGLISH : Locale.CHINESE).format(args);
    }

    /** Whether the key has a text in this language. */
    public static boolean has(Lang lang, String key) {
        return BUNDLES.get(lang).containsKey(key);
    }

    /** The text for a key, or null when there is none (what a page's #{key} is rendered from). */
    public static String text(Lang lang, String key, Object[] args) {
        return has(lang, key) ? get(lang, key, args) : null;
    }

    /** All keys and texts of one language (for the template engine and drift tests). */
    public static Properties all(Lang lang) {
        return BUNDLES.get(lang);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
