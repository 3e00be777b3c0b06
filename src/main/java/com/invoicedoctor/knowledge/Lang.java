package com.invoicedoctor.knowledge;

import java.util.Locale;

/** The two languages every text of the knowledge base and the UI exists in. */
public enum Lang {
    zh, en;

    /** Parses "zh", "en", "zh-CN", "en_US"…; anything else is Chinese, the product's home language. */
    public static Lang of(String tag) {
        if (tag == null) {
            return zh;
        }
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? en : zh;
    }
}
