package com.invoicedoctor;

import com.invoicedoctor.cli.AdminCommand;
import com.invoicedoctor.cli.BenchCommand;
import com.invoicedoctor.cli.CollectCommand;
import com.invoicedoctor.cli.DiagnoseCommand;
import com.invoicedoctor.cli.ServeCommand;
import com.invoicedoctor.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one jar, several commands. */
@Command(name = "invoice-doctor", mixinStandardHelpOptions = true, version = "InvoiceDoctor 0.1",
        description = "Finds out why issuing an invoice shows 服务器异常 (server error).",
        subcommands = {ServeCommand.class, ValidateCommand.class, DiagnoseCommand.class, BenchCommand.class, CollectCommand.class,
                AdminCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
