package com.invoicedoctor.knowledge;

import java.io.Serializable;
/** A text in Chinese and English. */
public record Text(String zh, String en) implements Serializable {

    /** The text in the given language. */
    public String in(Lang lang) {
        return lang == Lang.en ? en : zh;
    }

    boolean complete() {
        return zh != null && !zh.isBlank() && en != null && !en.isBlank();
    }
}
