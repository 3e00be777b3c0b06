package com.invoicedoctor.cli;

import com.invoicedoctor.reading.ClassifierTraining;
import com.invoicedoctor.reading.ErrorCorpus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Rebuilds the statistical reading of error texts from the development part of the corpus; the test part is never
 * read. Run from the project folder; then `validate` and the corpus benchmark.
 */
@Command(name = "train-reader", description = "Trains the error-text classifier on the development part of "
        + "evaluation/error-texts/ and writes knowledge-base/error-classifier/ (model and threshold).")
public final class TrainReaderCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "corpus folder (default: evaluation/error-texts)")
    Path corpus = Path.of("evaluation/error-texts");

    @Option(names = "--out", description = "where the model goes (default: knowledge-base/error-classifier)")
    Path out = Path.of("knowledge-base/error-classifier");

    @Option(names = "--precision", description = "how often, in cross-validation, the best cause must be an accepted "
            + "one at the chosen threshold (default: 0.65)")
    double precision = 0.65;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (precision <= 0 || precision >= 1) {
            spec.commandLine().getErr().println("--precision must lie between 0 and 1");
            return 2;
        }
        var messages = ErrorCorpus.development(corpus);
        var result = ClassifierTraining.train(messages, precision);
        ClassifierTraining.write(result, out, "the development part of " + corpus.toString().replace('\\', '/')
                + " (" + messages.size() + " messages)");
        w.printf(Locale.ROOT, "trained on %d development messages; threshold %.2f: answers for %.2f, right in %.2f "
                        + "(cross-validated by source); best cause right without threshold %.2f%nwrote %s%n",
                messages.size(), result.threshold(), result.coverage(), result.precision(), result.top1Unthresholded(), out);
        w.flush();
        return 0;
    }
}
