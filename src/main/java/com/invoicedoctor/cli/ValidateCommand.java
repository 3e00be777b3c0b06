package com.invoicedoctor.cli;

import com.invoicedoctor.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks the rules and the knowledge base against each other. */
@Command(name = "validate", description = "Checks rules and knowledge base; exit 0 when sound, else file:line messages and exit 1.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        // every file read and checked, also when the build stored the same knowledge validated: this is the check
        KnowledgeBase kb = knowledge.readOrReport(spec.commandLine().getErr());
        if (kb == null) {
            return 1;
        }
        out.printf("OK: knowledge base %s from %s%n", kb.version(), knowledge.source());
        out.printf("  %d causes, %d rules, %d observations, %d questions; loaded and compiled in %d ms%n",
                kb.causes().size(), kb.rules().sources().size(), kb.observations().size(), kb.questions().size(),
                (System.nanoTime() - start) / 1_000_000);
        out.flush();
        return 0;
    }
}
