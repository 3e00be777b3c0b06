package com.invoicedoctor.description;

import com.invoicedoctor.engine.Observation;
import com.invoicedoctor.knowledge.Cause;
import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.Lang;
import com.invoicedoctor.knowledge.Scenario;
import com.invoicedoctor.knowledge.SolutionStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Which causes a person's words read most like: each cause's own texts in the knowledge base (title,
 * description and solution steps, both languages) and the stories of its scenarios (cases as callers tell them)
 * are indexed with Lucene and ranked against the text by BM25.
 * It needs no phrase written for the words a person happens to use, so it carries over to wordings nobody
 * foresaw, and it is the weakest layer: the two best causes become facts {@code text.resembles-1} and {@code -2},
 * and rules/description.drl says how much each counts.
 */
public final class CauseResemblance {
    /** The ranks given as facts. */
    static final List<String> RANKS = List.of("text.resembles-1", "text.resembles-2");
    /** Longest query: the clauses beyond it add little and cost time. */
    private static final int MAX_WORDS = 400;

    private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    private final IndexSearcher searcher;
    private final boolean enabled;

    public CauseResemblance(KnowledgeBase kb) {
        this(kb, null);
    }

    /**
     * Leaving one scenario's story out of the index: the bench reads each scenario's story against the others
     * only, as it would read a stranger's.
     */
    public CauseResemblance(KnowledgeBase kb, String leftOutScenario) {
        this.enabled = RANKS.stream().allMatch(id -> kb.observation(id).isPresent());
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Cause c : kb.causes()) {
                Document doc = new Document();
                doc.add(new StringField("id", c.id(), Field.Store.YES));
                doc.add(new TextField("text", textOf(c) + storiesOf(kb, c, leftOutScenario), Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(Cause c) {
        StringBuilder text = new StringBuilder();
        for (Lang lang : Lang.values()) {
            text.append(c.title().in(lang)).append('\n').append(c.description().in(lang)).append('\n');
            for (SolutionStep step : c.solutions()) {
                text.append(step.text().in(lang)).append('\n');
            }
        }
        return text.toString();
    }

    private static String storiesOf(KnowledgeBase kb, Cause c, String leftOut) {
        StringBuilder text = new StringBuilder();
        for (Scenario s : kb.scenarios()) {
            if (s.cause().equals(c.id()) && !s.id().equals(leftOut) && s.story() != null) {
                for (Lang lang : Lang.values()) {
                    text.append(s.story().in(lang)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** The causes the text reads most like, best first, as facts; none when no word of it is in any cause's texts. */
    public List<Observation> read(String text) {
        if (!enabled || text == null || text.isBlank()) {
            return List.of();
        }
        // each word once: a word said three times is not three times the evidence, and fewer clauses score faster
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", Words.normal(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
            stream.end();
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            words.forEach(w -> query.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.SHOULD));
            List<Observation> facts = new ArrayList<>();
            ScoreDoc[] best = searcher.search(query.build(), RANKS.size()).scoreDocs;
            for (int i = 0; i < best.length; i++) {
                String cause = searcher.storedFields().document(best[i].doc).get("id");
                facts.add(Observation.of(RANKS.get(i), cause, Observation.Source.description, null));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
