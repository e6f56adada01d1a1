package kg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: turns newsletter issues into a knowledge graph and answers questions about it. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "kg 0.1.0",
        description = "Knowledge graph of the Department of Earth System Science, built from its newsletter.",
        subcommands = {ServeCommand.class, IngestCommand.class, QueryCommand.class, QueriesCommand.class,
                ExplainCommand.class, PeopleCommand.class, ReviewCommand.class, ExportCommand.class, RebuildCommand.class, BenchCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes, as declared to picocli. */
    public static final int OK = 0;
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INPUT_FAILED);
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("kg: " + message(e));
            if (cmd.getCommand() instanceof IngestCommand ingest && ingest.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return INPUT_FAILED;
        });
        return cl;
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public static void main(String[] args) {
        LibraryLogging.configure(args);
        CommandLine cl = commandLine();
        // Chinese names and titles must reach the terminal as UTF-8 whatever the platform default is
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }
}
