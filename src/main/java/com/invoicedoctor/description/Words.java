package com.invoicedoctor.description;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a clause into words: Chinese with Lucene's smartcn segmenter, anything else lower-cased and stemmed
 * (Porter), so "fails" and "failing" are one word. Thread-safe.
 */
final class Words {
    /**
     * A clause cut into words, with where each begins and ends in the lower-cased text.
     *
     * @param chinese whether it was cut the Chinese way
     */
    record Cut(String text, String[] words, int[] starts, int[] ends, boolean chinese) {
        int size() {
            return words.length;
        }

        /**
         * Clauses cut one by one, joined into the cut of their sentence (clause texts parted by a comma), so that a
         * sentence-wide cue is looked for without segmenting the sentence a second time. It is cut the Chinese way
         * when any clause was.
         */
        static Cut join(List<Cut> parts) {
            StringBuilder text = new StringBuilder();
            int count = 0;
            for (Cut part : parts) {
                count += part.size();
            }
            String[] words = new String[count];
            int[] starts = new int[count];
            int[] ends = new int[count];
            int n = 0;
            boolean chinese = false;
            for (Cut part : parts) {
                if (text.length() > 0) {
                    text.append('，');
                }
                int shift = text.length();
                text.append(part.text());
                for (int i = 0; i < part.size(); i++, n++) {
                    words[n] = part.words()[i];
                    starts[n] = part.starts()[i] + shift;
                    ends[n] = part.ends()[i] + shift;
                }
                chinese |= part.chinese();
            }
            return new Cut(text.toString(), words, starts, ends, chinese);
        }

        /** The word that holds the character at {@code offset}, or the next one after it. */
        int wordAt(int offset) {
            return wordAt(offset, 0);
        }

        /** The same, looking from word {@code from} on (a word that ends before the offset's). */
        int wordAt(int offset, int from) {
            for (int i = from; i < starts.length; i++) {
                if (ends[i] > offset) {
                    return i;
                }
            }
            return starts.length;
        }
    }

    // no stop words: "not", "不" and "没" carry meaning here
    private final Analyzer chinese = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer english = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            // "vendor's release" is the vendor's: the possessive goes before stemming
            TokenStream stream = new PorterStemFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)));
            return new TokenStreamComponents(source, stream);
        }
    };

    /** Whether the text holds a Chinese character, and so is cut by the Chinese segmenter. */
    static boolean isChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the common ideographs and ASCII answered at once: the script's table is searched for every character else
            if ((c >= '\u4E00' && c <= '\u9FA5') || (c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return true;
            }
        }
        return false;
    }

    /** The clause cut into words, the Chinese way when it holds Chinese. */
    Cut cut(String text) {
        boolean asChinese = isChinese(text);
        String lower = normal(text);
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        analyse(asChinese ? chinese : english, lower, words, spans);
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        return new Cut(lower, words.toArray(String[]::new), starts, ends, asChinese);
    }

    /**
     * The words of a text cut the Chinese way (smartcn, which also lower-cases and stems Latin words its own way)
     * or the other way, whatever the text holds: a cue alternative is cut both ways, to meet either kind of clause.
     */
    String[] of(String text, boolean chineseWay) {
        List<String> words = new ArrayList<>();
        analyse(chineseWay ? chinese : english, normal(text), words, new ArrayList<>());
        return words.toArray(String[]::new);
    }

    private static void analyse(Analyzer analyzer, String text, List<String> words, List<int[]> spans) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (hasLetterOrDigit(word)) {
                    words.add(word);
                    spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Lower case, one kind of apostrophe, full-width letters and digits as ASCII. */
    static String normal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c)) {
                c = (char) (c - 0xFEE0);
            } else if (c == '’' || c == '‘') {
                c = '\'';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
