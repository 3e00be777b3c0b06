package com.invoicedoctor.cli;

import com.invoicedoctor.knowledge.KnowledgeBase;
import com.invoicedoctor.knowledge.KnowledgeException;
import com.invoicedoctor.knowledge.KnowledgeSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The --rules and --kb options every command shares. */
public final class KnowledgeOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "folder of DRL rule files (default ./rules, else the jar's copy)")
    Path rules;

    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base folder (default ./knowledge-base, else the jar's copy)")
    Path kb;

    public KnowledgeSource source() {
        return KnowledgeSource.resolve(kb, rules);
    }

    /** Loads the knowledge, or prints every problem and returns null. */
    public KnowledgeBase loadOrReport(PrintWriter err) {
        return orReport(err, KnowledgeSource::load);
    }

    /** Reads and validates every file of the knowledge (never the build's stored copy), or prints every problem and returns null. */
    public KnowledgeBase readOrReport(PrintWriter err) {
        return orReport(err, KnowledgeSource::readFiles);
    }

    private KnowledgeBase orReport(PrintWriter err, Function<KnowledgeSource, KnowledgeBase> loading) {
        KnowledgeSource source = source();
        // compiling the rules takes seconds on a busy machine: say so rather than sit silent
        try (Progress progress = Progress.start(err, "loading the knowledge", () -> "compiling the rules")) {
            return loading.apply(source);
        } catch (KnowledgeException e) {
            err.println("The knowledge in " + source + " does not validate:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return null;
        }
    }
}
