package com.invoicedoctor.reading;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese characters read as simplified ones (連線逾時 as 连线逾时, 伺服器憑證 as 伺服器凭证), so that messages
 * of software from Taiwan or Hong Kong meet the patterns, the lexicon and the classifier, which are all written in
 * simplified characters. The mapping is ICU's Traditional-Simplified transliterator, taken character by character
 * (once, into a table): a character becomes exactly one character, so every offset of the text stays valid and the
 * quotes can be cut from the text as the person pasted it. A character ICU would turn into several is left as it is.
 * A text holding no character that needs it is returned unchanged, and costs one look-up per character.
 */
public final class SimplifiedChinese {
    /** The blocks of Han characters looked at: extension A, the unified ideographs, the compatibility ideographs. */
    private static final int[][] BLOCKS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private SimplifiedChinese() {
    }

    /** Built on first use: loading ICU's transliterator and asking it about 28,000 characters takes about half a second. */
    private static final class Table {
        static final char[] SIMPLIFIED = build();

        private static char[] build() {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[0x10000];
            for (int[] block : BLOCKS) {
                for (int c = block[0]; c <= block[1]; c++) {
                    String mapped = t.transliterate(String.valueOf((char) c));
                    if (mapped.length() == 1 && mapped.charAt(0) != c) {
                        table[c] = mapped.charAt(0);
                    }
                }
            }
            return table;
        }
    }

    /** Loads the table now (a server does so at start, rather than on the first text in traditional characters). */
    public static void load() {
        Table.SIMPLIFIED.getClass();
    }

    /** The text with its traditional characters made simplified, the same length; the text itself when none needs it. */
    public static String of(String text) {
        char[] table = null;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < BLOCKS[0][0]) {
                continue;
            }
            if (table == null) {
                table = Table.SIMPLIFIED;
            }
            char s = table[c];
            if (s != 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }
}
