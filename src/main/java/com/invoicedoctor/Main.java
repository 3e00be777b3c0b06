package com.invoicedoctor;

import com.invoicedoctor.cli.AdminCommand;
import com.invoicedoctor.cli.BenchCommand;
import com.invoicedoctor.cli.CollectCommand;
import com.invoicedoctor.cli.DiagnoseCommand;
import com.invoicedoctor.cli.ServeCommand;
import com.invoicedoctor.cli.TrainReaderCommand;
import com.invoicedoctor.cli.ValidateCommand;
import com.invoicedoctor.db.DatabaseUnavailableException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one jar, several commands; every command answers --help and --version (inherited). */
@Command(name = "invoice-doctor", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "InvoiceDoctor 0.1",
        description = "Finds out why issuing an invoice shows 服务器异常 (server error).")
public final class Main implements Runnable {
    /** The commands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ServeCommand.class, ValidateCommand.class,
            DiagnoseCommand.class, BenchCommand.class, CollectCommand.class, AdminCommand.class, TrainReaderCommand.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return commandLine(args).setParameterExceptionHandler((e, given) -> {
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

    /**
     * The command line with the command the arguments name, else with all (for the usage, and for picocli's "did you
     * mean" on a mistyped one): picocli reads every option of every command it is given, a tenth of a second of each
     * start of serve spent on the other six.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        boolean named = COMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        for (Class<?> command : COMMANDS) {
            if (!named || nameOf(command).equals(first)) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
