package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.detente.app.service.DatabaseServices;
import org.detente.app.service.UnknownDyadException;
import org.detente.app.service.Workspace;
import org.detente.app.usecase.UseCases;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code detente} command. Holds what every subcommand needs (the workspace, a clock, the
 * output streams) and maps failures to exit codes in one place: 0 success, 2 a mistake in the
 * arguments or input (one line on standard error), 1 an internal failure.
 */
@Command(name = "detente", mixinStandardHelpOptions = true, version = "détente 0.1.0",
        description = "Track, measure and plan the normalization of relations between two states.")
public final class DetenteCli implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(StatusCommand.class, LedgerCommand.class, ValidateCommand.class,
            ServeCommand.class, RoadmapCommand.class, GapsCommand.class, ReciprocityCommand.class, PaceCommand.class,
            ScenarioCommand.class, SimulateCommand.class, DbCommand.class, TokenCommand.class, EventsCommand.class,
            ReportCommand.class, DyadsCommand.class, BacktestCommand.class);
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final Supplier<Workspace> workspace;
    private final java.util.function.Function<String, Workspace> named;
    private final Clock clock;
    private final java.util.Map<String, String> environment;
    private Workspace opened;
    private UseCases useCases;
    private Workspace useCasesOver;
    PrintWriter out;
    PrintWriter err;

    public DetenteCli(Supplier<Workspace> workspace, Clock clock) {
        this(workspace, url -> {
            throw new UsageException("--db " + url + ": this command line reads only its own workspace");
        }, clock);
    }

    /**
     * A command line over the default workspace ({@code workspace}) and the databases {@code --db}
     * names ({@code named}, from a JDBC URL).
     */
    public DetenteCli(Supplier<Workspace> workspace, java.util.function.Function<String, Workspace> named, Clock clock) {
        this(workspace, named, clock, java.util.Map.of());
    }

    /**
     * The command line as {@code main} builds it: with the process's {@code environment} and clock,
     * read there once and handed to every command (none reads them itself).
     */
    public DetenteCli(Supplier<Workspace> workspace, java.util.function.Function<String, Workspace> named, Clock clock,
                      java.util.Map<String, String> environment) {
        this.workspace = workspace;
        this.named = named;
        this.clock = clock;
        this.environment = java.util.Map.copyOf(environment);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Commands read the same store the server writes: the embedded H2 file by default (seeded
        // with the bundled datasets on first use), or DETENTE_DB_URL.
        List<DetenteDatabase> opened = new ArrayList<>();
        java.util.Map<String, String> environment = System.getenv();
        Clock clock = Clock.systemUTC();
        java.util.function.Function<String, Workspace> fromUrl = databases(environment, opened);
        Supplier<Workspace> fromDatabase = () -> fromUrl.apply(null);
        int code = new DetenteCli(fromDatabase, fromUrl, clock, environment).run(args, out, err);
        opened.forEach(DetenteDatabase::close);
        System.exit(code);
    }

    /**
     * Opens the workspace of a database from its JDBC URL ({@code null}: the one the environment
     * names, else the embedded H2 file), migrated only when its schema is behind and seeded with
     * the bundled datasets on first use, and adds
     * it to {@code opened} so the caller closes it. A URL that is not a JDBC URL of H2 or
     * PostgreSQL is a usage error naming {@code --db}.
     */
    static java.util.function.Function<String, Workspace> databases(java.util.Map<String, String> environment,
                                                                    List<DetenteDatabase> opened) {
        return url -> {
            DatabaseConfig config;
            try {
                config = DatabaseConfig.fromEnvironment(environment, url);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--db: " + e.getMessage());
            }
            // Every command that opens the workspace only reads: it checks the schema version rather
            // than starting Flyway (serve and db migrate run the migrations).
            DetenteDatabase database = DetenteDatabase.open(config, java.time.Clock.systemUTC(),
                    DetenteDatabase.Schema.MIGRATE_WHEN_BEHIND);
            opened.add(database);
            return DatabaseServices.workspace(database);
        };
    }

    /** Runs the command line and answers its exit code. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        CommandLine cli = commandLine(args.length == 0 ? null : args[0]);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            if (e.getCause() instanceof QuestionConverters.Refused refused
                    && e.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec option) {
                // The question's values say what was wrong as the commands always did: option, then reason.
                err.println("detente: " + option.longestName() + " " + refused.getMessage());
                return EXIT_USAGE;
            }
            err.println("detente: " + e.getMessage() + " (see 'detente "
                    + String.join(" ", e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^detente ?", ""))
                            .trim() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException || e instanceof UnknownDyadException
                    || e instanceof org.detente.app.usecase.DyadBasis.Unavailable) {
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
        commandLine(null).usage(out);
    }

    /**
     * The command line with the subcommand {@code first} names, or with all of them when it names
     * none (the usage lists them all; a mistake is answered as before). picocli builds the model of
     * a subcommand by reflection, and building all of them was start-up time every command paid.
     */
    private CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(this);
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            cli.addSubcommand(subcommand);
        }
        return cli;
    }

    Workspace workspace() {
        if (opened == null) {
            opened = workspace.get();
        }
        return opened;
    }

    /** The use cases over the workspace of the database {@code --db} named, or the default one. */
    UseCases useCases(Optional<String> database) {
        Workspace workspace = workspace(database);
        if (useCases == null || useCasesOver != workspace) {
            useCases = new UseCases(workspace);
            useCasesOver = workspace;
        }
        return useCases;
    }

    /** The workspace of the database {@code --db} named, or the default one. */
    Workspace workspace(Optional<String> database) {
        if (database.isEmpty()) {
            return workspace();
        }
        if (opened == null) {
            opened = named.apply(database.get());
        }
        return opened;
    }

    /** The process's environment, as main read it (empty in tests unless given). */
    java.util.Map<String, String> environment() {
        return environment;
    }

    /** The clock every command reads the time from. */
    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
