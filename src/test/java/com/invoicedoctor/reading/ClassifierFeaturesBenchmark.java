package com.invoicedoctor.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Which tokens the classifier should read Chinese through, measured the way it is used: cross-validated by source
 * (5 folds, every message of a source held out together), the classifier alone, its best cause against the accepted
 * ones, per language and per corpus folder. The variants: the pairs of characters it reads today ({@link Tokens}),
 * smartcn's words for the Chinese runs instead, both, and pairs with single characters. Latin words are cut as {@link Tokens} cuts them in all.
 * Run: java -cp target/test-classes:target/invoice-doctor.jar com.invoicedoctor.reading.ClassifierFeaturesBenchmark
 */
public final class ClassifierFeaturesBenchmark {
    private static final Analyzer SMARTCN = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    private ClassifierFeaturesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<ErrorCorpus.Message> messages = ErrorCorpus.development(Path.of("evaluation/error-texts"));
        Map<String, Function<String, String[]>> variants = new LinkedHashMap<>();
        variants.put("pairs (today)", Tokens::of);
        variants.put("smartcn words", t -> concat(latinOnly(t), words(t)));
        variants.put("pairs + words", t -> concat(Tokens.of(t), words(t)));
        variants.put("pairs + chars", t -> concat(Tokens.of(t), chars(t)));
        for (var v : variants.entrySet()) {
            Map<String, int[]> tallies = new TreeMap<>();
            for (int fold = 0; fold < ClassifierTraining.FOLDS; fold++) {
                int f = fold;
                DoccatModel model = model(messages.stream().filter(m -> ClassifierTraining.foldOf(m) != f).toList(), v.getValue());
                DocumentCategorizerME c = new DocumentCategorizerME(model);
                for (ErrorCorpus.Message m : messages.stream().filter(m -> ClassifierTraining.foldOf(m) == f).toList()) {
                    String[] tokens = v.getValue().apply(m.text());
                    boolean right = tokens.length > 0 && m.accepted().contains(c.getBestCategory(c.categorize(tokens)));
                    for (String key : List.of(m.lang() + " all", m.lang() + " " + m.area())) {
                        int[] t = tallies.computeIfAbsent(key, k -> new int[2]);
                        t[0]++;
                        t[1] += right ? 1 : 0;
                    }
                }
            }
            tallies.forEach((k, t) -> System.out.printf("%-15s %-18s n %4d  classifier alone top-1 %.3f%n", v.getKey(), k, t[0],
                    t[1] / (double) t[0]));
        }
    }

    private static DoccatModel model(List<ErrorCorpus.Message> messages, Function<String, String[]> tokens) throws IOException {
        List<DocumentSample> samples = messages.stream().map(m -> new DocumentSample(m.accepted().get(0), tokens.apply(m.text()))).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ClassifierTraining.ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, ClassifierTraining.CUTOFF);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("x-unspecified", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** The Latin tokens of {@link Tokens} alone (a token with no Han character). */
    private static String[] latinOnly(String text) {
        return Arrays.stream(Tokens.of(text)).filter(t -> t.chars().noneMatch(ch -> ch >= 0x4e00 && ch <= 0x9fff)).toArray(String[]::new);
    }

    /** smartcn's words of the Chinese runs of the text, marked so they do not meet a pair of the same characters. */
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            if (ch >= 0x4e00 && ch <= 0x9fff) {
                han.append(ch);
            } else if (han.length() > 0) {
                try (TokenStream s = SMARTCN.tokenStream("t", han.toString())) {
                    CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
                    s.reset();
                    while (s.incrementToken()) {
                        if (term.length() >= 2) {
                            out.add("w:" + term);
                        }
                    }
                    s.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                han.setLength(0);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Every Chinese character alone, marked (a pair already stands for a run of one). */
    private static String[] chars(String text) {
        return text.chars().filter(ch -> ch >= 0x4e00 && ch <= 0x9fff).mapToObj(ch -> "c:" + (char) ch).toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
