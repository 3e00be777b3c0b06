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

/** The program's own texts (not the knowledge base's) from messages_zh / messages_en.properties. */
public final class Messages {
    private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BUNDLES.put(lang, load("/messages_" + lang.name() + ".properties"));
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
