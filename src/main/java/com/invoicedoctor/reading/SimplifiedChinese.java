package com.invoicedoctor.reading;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Traditional Chinese characters read as simplified ones (連線逾時 as 连线逾时, 伺服器憑證 as 伺服器凭证), so that messages
 * of software from Taiwan or Hong Kong meet the patterns, the lexicon and the classifier, which are all written in
 * simplified characters. The mapping is ICU's Traditional-Simplified transliterator, taken character by character
 * into a table at build time ({@link SimplifiedChineseTable}): a character becomes exactly one character, so every
 * offset of the text stays valid and the quotes can be cut from the text as the person pasted it. A character ICU
 * would turn into several is left as it is. A text holding no character that needs it is returned unchanged, and
 * costs one look-up per character.
 */
public final class SimplifiedChinese {
    /** Where the build puts the table (pom.xml, phase process-classes). */
    static final String TABLE = "/prebuilt/traditional-to-simplified.bin";
    /** Below this no character is in the table: the text is skipped a character at a time (a constant, inlined). */
    private static final char FIRST_HAN = SimplifiedChineseTable.FIRST_HAN;

    private SimplifiedChinese() {
    }

    /** Read on first use from the class path: a few thousand pairs, a few milliseconds. */
    private static final class Table {
        static final char[] SIMPLIFIED = read();

        private static char[] read() {
            char[] table = new char[0x10000];
            try (InputStream in = SimplifiedChinese.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("the build did not write " + TABLE
                            + " (pom.xml: SimplifiedChineseTable, phase process-classes); rebuild with mvn package");
                }
                DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
                while (true) {
                    char traditional;
                    try {
                        traditional = data.readChar();
                    } catch (EOFException end) {
                        return table;
                    }
                    table[traditional] = data.readChar();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TABLE, e);
            }
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
            if (c < FIRST_HAN) {
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
