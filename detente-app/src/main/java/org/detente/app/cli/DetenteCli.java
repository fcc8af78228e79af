package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.detente.app.service.DatabaseServices;
import org.detente.app.service.UnknownDyadException;
import org.detente.app.service.Workspace;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.DetenteDatabase;
import org.detente.store.jdbc.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code detente} command. Holds what every subcommand needs (the workspace, a clock, the
 * output streams) and maps failures to exit codes in one place: 0 success, 2 a mistake in the
 * arguments or input (one line on standard error), 1 an internal failure.
 */
@Command(name = "detente", mixinStandardHelpOptions = true, version = "détente 0.1.0",
        description = "Track, measure and plan the normalization of relations between two states.",
        subcommands = {StatusCommand.class, LedgerCommand.class, ValidateCommand.class, ServeCommand.class,
                RoadmapCommand.class, GapsCommand.class, ReciprocityCommand.class, PaceCommand.class, ScenarioCommand.class,
                SimulateCommand.class, DbCommand.class, TokenCommand.class, EventsCommand.class,
                ReportCommand.class, DyadsCommand.class, BacktestCommand.class})
public final class DetenteCli implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final Supplier<Workspace> workspace;
    private final Clock clock;
    private Workspace opened;
    PrintWriter out;
    PrintWriter err;

    public DetenteCli(Supplier<Workspace> workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Commands read the same store the server writes: the embedded H2 file by default (seeded
        // with the bundled datasets on first use), or DETENTE_DB_URL.
        List<DetenteDatabase> opened = new ArrayList<>();
        Supplier<Workspace> fromDatabase = () -> {
            DetenteDatabase database = DetenteDatabase.open(DatabaseConfig.fromEnvironment(System.getenv(), null));
            opened.add(database);
            return DatabaseServices.workspace(database);
        };
        int code = new DetenteCli(fromDatabase, Clock.systemUTC()).run(args, out, err);
        opened.forEach(DetenteDatabase::close);
        System.exit(code);
    }

    /** Runs the command line and answers its exit code. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        CommandLine cli = new CommandLine(this);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("detente: " + e.getMessage() + " (see 'detente "
                    + String.join(" ", e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^detente ?", ""))
                            .trim() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException || e instanceof UnknownDyadException) {
                err.println("detente: " + e.getMessage());
                return EXIT_USAGE;
            }
            if (e instanceof StorageException) {
                err.println("detente: database: " + e.getMessage());
                return EXIT_FAILURE;
            }
            err.println("detente: internal error: " + e);
            return EXIT_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    Workspace workspace() {
        if (opened == null) {
            opened = workspace.get();
        }
        return opened;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
