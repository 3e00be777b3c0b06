package com.invoicedoctor;

import com.invoicedoctor.cli.AdminCommand;
import com.invoicedoctor.cli.BenchCommand;
import com.invoicedoctor.cli.CollectCommand;
import com.invoicedoctor.cli.DiagnoseCommand;
import com.invoicedoctor.cli.ServeCommand;
import com.invoicedoctor.cli.TrainReaderCommand;
import com.invoicedoctor.cli.ValidateCommand;
import com.invoicedoctor.db.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one jar, several commands. */
@Command(name = "invoice-doctor", mixinStandardHelpOptions = true, version = "InvoiceDoctor 0.1",
        description = "Finds out why issuing an invoice shows 服务器异常 (server error).",
        subcommands = {ServeCommand.class, ValidateCommand.class, DiagnoseCommand.class, BenchCommand.class, CollectCommand.class,
                AdminCommand.class, TrainReaderCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setParameterExceptionHandler((e, given) -> {
            // a mistyped command line: one line saying what is wrong and where help is, not the whole usage
            CommandLine cmd = e.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            cmd.getErr().println(name + ": " + e.getMessage() + " (see: " + name + " --help)");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DatabaseUnavailableException) {
                // a state of the machine, not a bug: say what to do instead of printing a stack trace
                cmd.getErr().println("Cannot go on: " + e.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw e;
        }).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
