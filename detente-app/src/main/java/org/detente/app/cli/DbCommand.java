package org.detente.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.model.Dyad;
import org.detente.store.audit.AuditEvent;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.dataset.DatasetReader;
import org.detente.store.format.FormatProblem;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.StorageException;
import org.detente.store.ledger.UnreadableEntry;
import org.detente.store.transfer.DatabaseTransfer;
import org.detente.store.transfer.TransferProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code detente db}: the database — migrate it, export and import ledgers, back it up and
 * restore it, read the audit log. The database is the embedded H2 file unless {@code --db} or
 * {@code DETENTE_DB_URL} names another (see docs/storage.md).
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Migrate, export, import, back up and restore the database.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Export.class, DbCommand.Import.class, DbCommand.Backup.class,
                DbCommand.Restore.class, DbCommand.Audit.class, DbCommand.Check.class, DbCommand.Load.class})
final class DbCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Override
    public void run() {
        throw new UsageException("name a subcommand: 'detente db migrate|load|export|import|backup|restore|audit|check'");
    }

    /** The {@code --db} option every database command shares, and opening the database it names. */
    static final class DatabaseOption {
        @Option(names = "--db", paramLabel = "URL",
                description = "JDBC URL of the database (default: DETENTE_DB_URL, else the H2 file in DETENTE_DATA_DIR "
                        + "or ./data/detente); user and password from DETENTE_DB_USER and DETENTE_DB_PASSWORD.")
        String url;

        DatabaseConfig config(java.util.Map<String, String> environment) {
            try {
                return DatabaseConfig.fromEnvironment(environment, url);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--db: " + e.getMessage());
            }
        }

        DetenteDatabase open(DatabaseConfig config) {
            try {
                return DetenteDatabase.open(config);
            } catch (StorageException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** Who the audit log names for writes made from the command line. */
    static String actor(java.util.Map<String, String> environment) {
        return "cli:" + environment.getOrDefault("USER", "unknown");
    }

    static List<Dyad> dyad(String text) {
        try {
            return List.of(Dyad.parse(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dyad: " + e.getMessage());
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Create or upgrade the schema; on an empty database, load the bundled datasets.")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Option(names = "--no-seed", description = "Do not load the bundled datasets into an empty database.")
        boolean noSeed;

        @Override
        public Integer call() {
            DatabaseConfig config = noSeed ? database.config(parent.cli.environment()).withoutSeed() : database.config(parent.cli.environment());
            try (DetenteDatabase db = database.open(config)) {
                Map<String, Long> sizes = ledgerSizes(db);
                parent.cli.out.println(config.describe() + ": schema up to date; "
                        + (sizes.isEmpty() ? "no ledgers" : "ledgers " + sizes));
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Validate a dataset folder and load it into the database (again: adds nothing; with any "
                    + "problem: loads nothing, prints each as file:line: field: message, exit code 2).")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "DIR", description = "The dataset folder, e.g. datasets/us-ru.")
        java.nio.file.Path folder;

        @Override
        public Integer call() {
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                org.detente.ledger.LedgerStore.ImportResult result = db.loadDataset(folder, actor(parent.cli.environment()));
                parent.cli.out.println(folder + ": loaded — " + result.added() + " entries added, "
                        + result.alreadyPresent() + " already present");
                return DetenteCli.EXIT_OK;
            } catch (org.detente.store.dataset.DatasetProblems e) {
                for (org.detente.store.format.FormatProblem problem : e.problems()) {
                    String file = problem.file().isEmpty() ? folder.toString() : folder.resolve(problem.file()).toString();
                    parent.cli.err.println(new org.detente.store.format.FormatProblem(file, problem.line(), problem.field(),
                            problem.message()));
                }
                parent.cli.err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                        + " in " + folder + "; nothing loaded");
                return DetenteCli.EXIT_USAGE;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a dyad's definitions, documents and every entry (with sequence, recordedAt, author) "
                    + "to one YAML file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", description = "The file to write.")
        Path file;

        @Option(names = "--dyad", paramLabel = "DYAD", defaultValue = "us-ru",
                description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Override
        public Integer call() {
            List<Dyad> dyads = dyad(dyad);
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                DatabaseTransfer.ExportSummary summary;
                try {
                    summary = new DatabaseTransfer(db, parent.cli.clock()).export(dyads, file);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                parent.cli.out.println("exported " + dyads.get(0) + " to " + file + ": " + summary.entries()
                        + " entries, " + summary.documents() + " documents");
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import an export file or a plain ledger file (entries:) idempotently; print every problem "
                    + "as file:line: field: message (exit code 2) and import nothing when there is one.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", description = "The file to read.")
        Path file;

        @Option(names = "--dyad", paramLabel = "DYAD", defaultValue = "us-ru",
                description = "The dyad of a plain ledger file (default: ${DEFAULT-VALUE}); an export names its own.")
        String dyad;

        @Option(names = "--author", paramLabel = "NAME", defaultValue = DatasetReader.DATASET_AUTHOR,
                description = "The author of entries that name none (default: ${DEFAULT-VALUE}, as for datasets).")
        String author;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + ": no such file");
            }
            Dyad plain = dyad(dyad).get(0);
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()))) {
                DatabaseTransfer transfer = new DatabaseTransfer(db, parent.cli.clock()).actingAs(actor(parent.cli.environment()));
                DatabaseTransfer.ImportSummary summary;
                try {
                    summary = transfer.importFile(file, plain, author);
                } catch (TransferProblems e) {
                    imports(parent.cli, 0, 1);
                    return report(parent.cli, file, e.problems());
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                imports(parent.cli, 1, 0);
                for (Map.Entry<Dyad, ImportResult> result : summary.results().entrySet()) {
                    parent.cli.out.println("imported " + file + " into " + result.getKey() + ": added "
                            + result.getValue().added() + ", already present " + result.getValue().alreadyPresent());
                }
            }
            return DetenteCli.EXIT_OK;
        }
    }

    /** Counts a file imported or rejected (imported nothing) for the metrics file, when one is named. */
    private static void imports(DetenteCli cli, long imported, long rejected) {
        ImportMetrics.count(cli.environment(), "ledger", Map.of("imported", imported, "rejected", rejected), cli.err);
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write everything — every dyad, documents, tokens (hashes only) and the audit log — to one "
                    + "YAML file that 'detente db restore' reads.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", description = "The file to write.")
        Path file;

        @Override
        public Integer call() {
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()).withoutSeed())) {
                DatabaseTransfer.ExportSummary summary = new DatabaseTransfer(db, parent.cli.clock()).backup(file);
                parent.cli.out.println("backed up " + summary.dyads().size() + " dyads (" + summary.entries()
                        + " entries, " + summary.documents() + " documents) to " + file);
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup into an empty database, with the same sequences, times, authors, tokens "
                    + "and audit log.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", description = "The backup to read.")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + ": no such file");
            }
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()).withoutSeed())) {
                DatabaseTransfer.ImportSummary summary;
                try {
                    summary = new DatabaseTransfer(db, parent.cli.clock()).actingAs(actor(parent.cli.environment())).restore(file);
                } catch (TransferProblems e) {
                    return report(parent.cli, file, e.problems());
                } catch (IllegalStateException e) {
                    throw new UsageException(e.getMessage());
                }
                parent.cli.out.println("restored " + file + ": " + summary.results().size() + " dyads, "
                        + summary.added() + " entries");
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "Show the most recent audited writes.")
    static final class Audit implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "How many events, newest first (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print the events as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new UsageException("--limit " + limit + " must be at least 1");
            }
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()).withoutSeed())) {
                List<AuditEvent> events = db.audit().list(limit);
                if (json) {
                    parent.cli.out.println(Json.write(events.stream().map(DbCommand::shape).toList()));
                    return DetenteCli.EXIT_OK;
                }
                TextTable table = new TextTable("AT", "ACTOR", "ACTION", "DYAD", "ENTRY", "DETAIL");
                for (AuditEvent event : events) {
                    table.row(event.at(), event.actor(), event.action(), event.dyad(), event.entryId(), event.detail());
                }
                parent.cli.out.println(events.size() + " events");
                if (!table.isEmpty()) {
                    table.print(parent.cli.out, "");
                }
            }
            return DetenteCli.EXIT_OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read every stored ledger entry and name each row that cannot be read back (exit code 1).")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (DetenteDatabase db = database.open(database.config(parent.cli.environment()).withoutSeed())) {
                List<UnreadableEntry> unreadable = db.ledger().unreadable();
                for (UnreadableEntry row : unreadable) {
                    parent.cli.err.println("unreadable: " + row);
                }
                Map<String, Long> sizes = ledgerSizes(db);
                parent.cli.out.println(sizes.isEmpty() ? "no ledgers" : "ledgers " + sizes + ": "
                        + (unreadable.isEmpty() ? "every entry reads back" : unreadable.size() + " rows cannot be read"));
                return unreadable.isEmpty() ? DetenteCli.EXIT_OK : DetenteCli.EXIT_FAILURE;
            }
        }
    }

    /** Each stored dyad with its last sequence, for the summary lines. */
    private static Map<String, Long> ledgerSizes(DetenteDatabase db) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        db.ledger().dyads().forEach(d -> sizes.put(d.id(), db.ledger().lastSequence(d)));
        return sizes;
    }

    private static Map<String, Object> shape(AuditEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", event.id());
        out.put("at", event.at().toString());
        out.put("actor", event.actor());
        out.put("action", event.action());
        out.put("dyad", event.dyad());
        out.put("entryId", event.entryId());
        out.put("detail", event.detail());
        return out;
    }

    /** Prints every problem as {@code file:line: field: message} and answers exit code 2. */
    static int report(DetenteCli cli, Path file, List<FormatProblem> problems) {
        for (FormatProblem problem : problems) {
            String where = problem.file().isEmpty() ? file.toString()
                    : file.getParent() == null ? problem.file() : file.getParent().resolve(problem.file()).toString();
            cli.err.println(new FormatProblem(where, problem.line(), problem.field(), problem.message()));
        }
        cli.err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + file
                + "; nothing was imported");
        return DetenteCli.EXIT_USAGE;
    }
}
