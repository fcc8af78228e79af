package org.detente.app.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.detente.app.service.EventShapes;
import org.detente.events.ingest.FileImport;
import org.detente.events.ingest.FileReport;
import org.detente.events.ingest.ImportReport;
import org.detente.events.ingest.RowRejection;
import org.detente.events.reciprocity.PairReciprocity;
import org.detente.events.reciprocity.ReciprocityReport;
import org.detente.events.reciprocity.ReciprocityScan;
import org.detente.events.signals.DirectionSeries;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.MonthRange;
import org.detente.events.signals.MonthlySignal;
import org.detente.events.store.DuckDbEventStore;
import org.detente.events.store.EventStoreException;
import org.detente.events.suggest.AcceptDetails;
import org.detente.events.suggest.EventSuggestions;
import org.detente.events.suggest.Suggestion;
import org.detente.events.suggest.SuggestionDecisionException;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.model.Dyad;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code detente events}: news event data (GDELT, ICEWS) in the embedded event store
 * ({@code --events-db}, else {@code DETENTE_EVENTS_DB}, else {@code data/events.duckdb}): import,
 * the monthly series of a dyad, suggested ledger entries and the editor's decisions, and the
 * reciprocity scan of every pair. See {@code docs/events.md}.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "News event data: import GDELT/ICEWS files, dyad series, suggestions, all-pairs reciprocity.",
        subcommands = {EventsCommand.ImportCommand.class, EventsCommand.SeriesCommand.class,
                EventsCommand.SuggestionsCommand.class, EventsCommand.AcceptCommand.class,
                EventsCommand.DismissCommand.class, EventsCommand.ScanCommand.class})
final class EventsCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Option(names = "--events-db", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The event store (default: " + DuckDbEventStore.ENV_FILE + ", else data/events.duckdb).")
    String eventsDb;

    @Override
    public void run() {
        throw new UsageException("name a subcommand: import, series, suggestions, accept, dismiss or scan");
    }

    DuckDbEventStore open() {
        try {
            return DuckDbEventStore.open(DuckDbEventStore.location(cli.environment(), eventsDb));
        } catch (EventStoreException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Dyad dyad(String text) {
        try {
            return Dyad.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dyad: " + e.getMessage());
        }
    }

    static Optional<YearMonth> month(String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a month (YYYY-MM)");
        }
    }

    static Object number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static String format(OptionalDouble value, String pattern) {
        return value.isPresent() ? String.format(Locale.ROOT, pattern, value.getAsDouble()) : "-";
    }

    /** {@code detente events import FILE...}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import GDELT 1.0/2.0 (plain or .zip) and ICEWS files; prints rows read, kept and rejected.")
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        EventsCommand parent;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Event files.")
        List<Path> files;

        @Override
        public Integer call() {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new UsageException(file + " is not a file");
                }
            }
            DetenteCli cli = parent.cli;
            Console console = System.console();
            ImportReport report;
            try (DuckDbEventStore store = parent.open()) {
                report = store.importFiles(files, console == null ? (f, b, t, r) -> { } : (f, done, total, rows) -> {
                    cli.err.print(String.format(Locale.ROOT, "\r%s %3d%% %,d rows", f,
                            total == 0 ? 100 : done * 100 / total, rows));
                    cli.err.flush();
                });
            }
            if (console != null) {
                cli.err.println();
            }
            for (FileImport file : report.files()) {
                FileReport r = file.report();
                if (file.alreadyImported()) {
                    cli.out.println(r.file() + ": imported before, skipped");
                } else if (r.fileProblem().isPresent()) {
                    cli.out.println(r.fileProblem().get());
                } else {
                    cli.out.printf(Locale.ROOT, "%s (%s): %,d read, %,d kept, %,d not between two states, %,d rejected%n",
                            r.file(), r.layout().orElseThrow().name(), r.rowsRead(), file.kept(), file.skipped(),
                            r.rowsRejected());
                    for (RowRejection rejection : r.firstRejections()) {
                        cli.out.println("  " + rejection);
                    }
                    if (r.rowsRejected() > r.firstRejections().size()) {
                        cli.out.printf(Locale.ROOT, "  ... and %,d more rejected rows%n",
                                r.rowsRejected() - r.firstRejections().size());
                    }
                }
            }
            cli.out.printf(Locale.ROOT, "rows read %,d, kept %,d, not between two states %,d, rejected %,d%n",
                    report.rowsRead(), report.rowsKept(), report.rowsSkipped(), report.rowsRejected());
            long skipped = report.files().stream().filter(FileImport::alreadyImported).count();
            long rejected = report.files().stream()
                    .filter(f -> !f.alreadyImported() && f.report().fileProblem().isPresent()).count();
            ImportMetrics.count(cli.environment(), "events", Map.of("imported",
                    report.files().size() - skipped - rejected, "skipped", skipped, "rejected", rejected), cli.err);
            return report.rejectedFiles().isEmpty() ? DetenteCli.EXIT_OK : DetenteCli.EXIT_USAGE;
        }
    }

    /** {@code detente events series --dyad us-ru}. */
    @Command(name = "series", mixinStandardHelpOptions = true,
            description = "Monthly series of a dyad, each direction: events by quad class, Goldstein sum and mean, tone.")
    static final class SeriesCommand implements Runnable {
        @ParentCommand
        EventsCommand parent;

        @Option(names = "--dyad", defaultValue = "us-ru", description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the dyad's first).")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the dyad's last).")
        String to;

        @Option(names = "--json", description = "Print the series as JSON.")
        boolean json;

        @Override
        public void run() {
            Dyad pair = dyad(dyad);
            Optional<YearMonth> first = month("--from", from);
            Optional<YearMonth> last = month("--to", to);
            DetenteCli cli = parent.cli;
            try (DuckDbEventStore store = parent.open()) {
                Optional<MonthRange> span = store.span(pair);
                if (span.isEmpty() && (first.isEmpty() || last.isEmpty())) {
                    cli.out.println("no events of " + pair + " in the event store");
                    return;
                }
                YearMonth start = first.orElseGet(() -> span.get().from());
                YearMonth end = last.orElseGet(() -> span.get().to());
                if (start.isAfter(end)) {
                    throw new UsageException("--from " + start + " is after --to " + end);
                }
                DyadSeries series = store.series(pair, start, end);
                if (json) {
                    cli.out.println(Json.write(shape(series)));
                    return;
                }
                TextTable table = new TextTable("MONTH", "DIRECTION", "EVENTS", "VCOOP", "MCOOP", "VCONF", "MCONF",
                        "GOLDSTEIN", "MEAN", "TONE");
                for (DirectionSeries direction : List.of(series.forward(), series.backward())) {
                    for (MonthlySignal m : direction.months()) {
                        table.row(m.month(), direction.actor() + "→" + direction.target(), m.events(),
                                m.verbalCooperation(), m.materialCooperation(), m.verbalConflict(), m.materialConflict(),
                                String.format(Locale.ROOT, "%.1f", m.goldsteinSum()), format(m.goldsteinMean(), "%.2f"),
                                format(m.toneMean(), "%.2f"));
                    }
                }
                table.print(cli.out, "");
            }
        }

        static Map<String, Object> shape(DyadSeries series) {
            return EventShapes.series(series);
        }
    }

    /** {@code detente events suggestions --dyad us-ru}. */
    @Command(name = "suggestions", mixinStandardHelpOptions = true,
            description = "Suggested ledger entries from the dyad's events (pending ones unless --all).")
    static final class SuggestionsCommand implements Runnable {
        @ParentCommand
        EventsCommand parent;

        @Option(names = "--dyad", defaultValue = "us-ru", description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Option(names = "--all", description = "Also list accepted and dismissed suggestions.")
        boolean all;

        @Option(names = "--json", description = "Print the suggestions as JSON.")
        boolean json;

        @Override
        public void run() {
            Dyad pair = dyad(dyad);
            DetenteCli cli = parent.cli;
            try (DuckDbEventStore store = parent.open()) {
                List<Suggestion> suggestions = new EventSuggestions(store, parent.cli.clock()).list(pair).stream()
                        .filter(s -> all || s.status() == Suggestion.Status.PENDING).toList();
                if (json) {
                    Map<String, Object> shape = new LinkedHashMap<>();
                    shape.put("dyad", pair.id());
                    shape.put("suggestions", suggestions.stream().map(SuggestionsCommand::shape).toList());
                    cli.out.println(Json.write(shape));
                    return;
                }
                cli.out.println(suggestions.size() + " suggestions");
                TextTable table = new TextTable("ID", "FIRST", "LAST", "ACTOR", "TYPE", "CAMEO", "REPORTS", "STATUS",
                        "SOURCE");
                for (Suggestion s : suggestions) {
                    table.row(s.id(), s.firstDay(), s.lastDay(), s.actor(), s.rule().type().code(), s.cameo(),
                            s.reports(), s.status().name().toLowerCase(Locale.ROOT),
                            s.sources().get(0).url().orElse(s.sources().get(0).source() + " " + s.sources().get(0).eventId()));
                }
                if (!table.isEmpty()) {
                    table.print(cli.out, "");
                }
            }
        }

        static Map<String, Object> shape(Suggestion s) {
            return EventShapes.suggestion(s);
        }
    }

    /** {@code detente events accept ID}. */
    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Accept a suggestion: it becomes a ledger entry (in the database), sourced by its events.")
    static final class AcceptCommand implements Runnable {
        @ParentCommand
        EventsCommand parent;

        @Parameters(paramLabel = "ID", description = "The suggestion, e.g. ev-us-ru-20180326-staff-expelled.")
        String id;

        @Option(names = "--dyad", defaultValue = "us-ru", description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Option(names = "--count", paramLabel = "N", description = "People expelled (expulsions need it).")
        Integer count;

        @Option(names = "--channel", paramLabel = "ID", description = "The channel suspended (reduced relations need it).")
        String channel;

        @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the user name).")
        String by;

        @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the ledger database (default: "
                + "DETENTE_DB_URL, else the H2 file in DETENTE_DATA_DIR, default data/detente).")
        String db;

        @Override
        public void run() {
            Dyad pair = dyad(dyad);
            String editor = by != null ? by : parent.cli.environment().getOrDefault("USER", "editor");
            AcceptDetails details;
            try {
                details = new AcceptDetails(count == null ? OptionalInt.empty() : OptionalInt.of(count),
                        Optional.ofNullable(channel));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--count: " + e.getMessage());
            }
            DetenteDatabase database;
            try {
                database = DetenteDatabase.open(DatabaseConfig.fromEnvironment(parent.cli.environment(), db), parent.cli.clock());
            } catch (StorageException e) {
                throw new UsageException(e.getMessage());
            }
            try (DuckDbEventStore store = parent.open()) {
                Entry entry = new EventSuggestions(store, parent.cli.clock()).accept(pair, id, details,
                        database.ledger().actingAs(editor), editor);
                parent.cli.out.println("accepted " + id + ": ledger entry " + entry.id() + " (" + entry.type().code()
                        + ", sequence " + entry.sequence() + ")");
            } catch (SuggestionDecisionException e) {
                throw new UsageException(e.getMessage());
            } catch (InvalidEntriesException e) {
                throw new UsageException("the ledger refuses " + id + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            } finally {
                database.close();
            }
        }
    }

    /** {@code detente events dismiss ID}. */
    @Command(name = "dismiss", mixinStandardHelpOptions = true, description = "Dismiss a suggestion.")
    static final class DismissCommand implements Runnable {
        @ParentCommand
        EventsCommand parent;

        @Parameters(paramLabel = "ID", description = "The suggestion.")
        String id;

        @Option(names = "--dyad", defaultValue = "us-ru", description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the user name).")
        String by;

        @Override
        public void run() {
            Dyad pair = dyad(dyad);
            try (DuckDbEventStore store = parent.open()) {
                new EventSuggestions(store, parent.cli.clock()).dismiss(pair, id,
                        by != null ? by : parent.cli.environment().getOrDefault("USER", "editor"));
                parent.cli.out.println("dismissed " + id);
            } catch (SuggestionDecisionException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /** {@code detente events scan}: reciprocity of every pair, on the embedded store. */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Reciprocity of every directed pair: best lagged correlation, response share and ratio.")
    static final class ScanCommand implements Runnable {
        @ParentCommand
        EventsCommand parent;

        @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the first with events).")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the last with events).")
        String to;

        @Option(names = "--min-months", defaultValue = "6",
                description = "Fewest active months for a pair to be ranked (default: ${DEFAULT-VALUE}).")
        int minMonths;

        @Option(names = "--top", defaultValue = "10", description = "Pairs per ranking (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--json", description = "Print the rankings as JSON.")
        boolean json;

        @Override
        public void run() {
            if (minMonths < 1 || top < 0) {
                throw new UsageException("--min-months must be at least 1 and --top not negative");
            }
            Optional<YearMonth> first = month("--from", from);
            Optional<YearMonth> last = month("--to", to);
            DetenteCli cli = parent.cli;
            try (DuckDbEventStore store = parent.open()) {
                Optional<MonthRange> span = store.span();
                if (span.isEmpty()) {
                    cli.out.println("the event store holds no events");
                    return;
                }
                YearMonth start = first.orElse(span.get().from());
                YearMonth end = last.orElse(span.get().to());
                if (start.isAfter(end)) {
                    throw new UsageException("--from " + start + " is after --to " + end);
                }
                ReciprocityReport report = new ReciprocityScan(store, minMonths, top).scan(new MonthRange(start, end));
                if (json) {
                    Map<String, Object> shape = new LinkedHashMap<>();
                    shape.put("from", start.toString());
                    shape.put("to", end.toString());
                    shape.put("pairs", report.pairs().size());
                    shape.put("minActiveMonths", minMonths);
                    shape.put("topReciprocating", report.topReciprocating().stream().map(ScanCommand::shape).toList());
                    shape.put("mostOneSided", report.mostOneSided().stream().map(ScanCommand::shape).toList());
                    cli.out.println(Json.write(shape));
                    return;
                }
                cli.out.println(report.pairs().size() + " directed pairs, " + start + " to " + end);
                print(cli, "top reciprocating", report.topReciprocating());
                print(cli, "most one-sided", report.mostOneSided());
            }
        }

        private static void print(DetenteCli cli, String title, List<PairReciprocity> pairs) {
            cli.out.println(title);
            TextTable table = new TextTable("PAIR", "LAG", "R", "SHARE", "RATIO", "EVENTS", "RESPONSES");
            for (PairReciprocity p : pairs) {
                table.row(p.direction(), p.bestLag(), format(p.bestCorrelation(), "%.3f"),
                        format(p.responseShare(), "%.2f"), format(p.meanResponseRatio(), "%.2f"), p.events(),
                        p.responses());
            }
            if (!table.isEmpty()) {
                table.print(cli.out, "  ");
            }
        }

        static Map<String, Object> shape(PairReciprocity p) {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("actor", p.actor());
            shape.put("responder", p.responder());
            shape.put("months", p.months());
            shape.put("events", p.events());
            shape.put("responses", p.responses());
            shape.put("correlationByLag", p.correlationByLag().stream().map(EventsCommand::number).toList());
            shape.put("bestLag", p.bestLag());
            shape.put("bestCorrelation", number(p.bestCorrelation()));
            shape.put("activeMonths", p.activeMonths());
            shape.put("respondedMonths", p.respondedMonths());
            shape.put("responseShare", number(p.responseShare()));
            shape.put("meanResponseRatio", number(p.meanResponseRatio()));
            return shape;
        }
    }
}
