package com.invoicedoctor.reading;

import com.ibm.icu.text.Transliterator;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the table {@link SimplifiedChinese} reads, at build time (pom.xml, phase process-classes): ICU's
 * Traditional-Simplified transliterator asked about every Han character, keeping those that become exactly one other
 * character. ICU is needed only here, so the jar does not carry it (about 6 MB) and a start does not spend the half
 * second of asking it. The file is the pairs, traditional then simplified, as big-endian UTF-16 code units.
 * Run: SimplifiedChineseTable OUTPUT_FILE
 */
public final class SimplifiedChineseTable {
    /** The first Han character looked at (extension A begins there): below it {@link SimplifiedChinese} looks nothing up. */
    static final char FIRST_HAN = 0x3400;
    /** The blocks of Han characters looked at: extension A, the unified ideographs, the compatibility ideographs. */
    private static final int[][] BLOCKS = {{FIRST_HAN, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private SimplifiedChineseTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SimplifiedChineseTable OUTPUT_FILE");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        int pairs = 0;
        try (OutputStream file = Files.newOutputStream(out); DataOutputStream data = new DataOutputStream(file)) {
            for (int[] block : BLOCKS) {
                for (int c = block[0]; c <= block[1]; c++) {
                    String mapped = t.transliterate(String.valueOf((char) c));
                    if (mapped.length() == 1 && mapped.charAt(0) != c) {
                        data.writeChar(c);
                        data.writeChar(mapped.charAt(0));
                        pairs++;
                    }
                }
            }
        }
        System.out.println("traditional to simplified: " + pairs + " characters into " + out);
    }
}
