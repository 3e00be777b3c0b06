package com.invoicedoctor.staff;

import com.invoicedoctor.i18n.Messages;
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

/** The staff pages' texts from staff_messages_zh / staff_messages_en.properties, else the product's own messages. */
public final class StaffMessages {
    private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BUNDLES.put(lang, load("/staff_messages_" + lang.name() + ".properties"));
        }
    }

    private StaffMessages() {
    }

    /** The text for a key with {0}-style arguments; the product's messages when the staff bundle lacks it. */
    public static String get(Lang lang, String key, Object... args) {
        String pattern = BUNDLES.get(lang).getProperty(key);
        if (pattern == null) {
            return Messages.get(lang, key, args);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang == Lang.en ? Locale.ENGLISH : Locale.CHINESE).format(args);
    }

    /** Whether either bundle knows the key. */
    static boolean has(Lang lang, String key) {
        return BUNDLES.get(lang).containsKey(key) || Messages.all(lang).containsKey(key);
    }

    /** The text for a key, or null when neither bundle knows it (what a page's #{key} is rendered from). */
    static String text(Lang lang, String key, Object[] args) {
        return has(lang, key) ? get(lang, key, args) : null;
    }

    /** All staff keys of one language (for the drift test). */
    public static Properties all(Lang lang) {
        return BUNDLES.get(lang);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = StaffMessages.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
