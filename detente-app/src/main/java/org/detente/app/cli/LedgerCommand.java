package org.detente.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.detente.app.report.EntryWords;
import org.detente.app.service.DyadLedger;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.Country;
import org.detente.store.format.EntryCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code detente ledger}: reading the ledger. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Read the ledger of a dyad.",
        subcommands = LedgerCommand.ListCommand.class)
final class LedgerCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Override
    public void run() {
        throw new UsageException("name a subcommand: 'detente ledger list'");
    }

    /** {@code detente ledger list}: the entries, filtered, in the order they apply. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List ledger entries in the order they apply, with filters.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        LedgerCommand parent;

        @Option(names = "--dyad", paramLabel = "DYAD", defaultValue = "us-ru",
                description = "The dyad (default: ${DEFAULT-VALUE}).")
        String dyad;

        @Option(names = "--from", paramLabel = "DATE", description = "Entries that occurred on or after this date.",
                converter = QuestionConverters.Date.class)
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Entries that occurred on or before this date.",
                converter = QuestionConverters.Date.class)
        LocalDate to;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only this measure type, e.g. staff-expelled.")
        String type;

        @Option(names = "--actor", paramLabel = "COUNTRY", description = "Only entries by this country, e.g. US.")
        String actor;

        @picocli.CommandLine.Mixin
        DatabaseUrlOption database;

        @Option(names = "--json", description = "Print the entries in their JSON shape.")
        boolean json;

        @Override
        public void run() {
            DetenteCli cli = parent.cli;
            Optional<LocalDate> fromDate = Optional.ofNullable(from);
            Optional<LocalDate> toDate = Optional.ofNullable(to);
            if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
                throw new UsageException("--from " + from + " is after --to " + to);
            }
            Optional<MeasureType> wantedType = type == null ? Optional.empty()
                    : Optional.of(MeasureType.fromCode(type.trim()).orElseThrow(() -> new UsageException(
                    "--type '" + type + "' is not a measure type (one of " + MeasureType.allCodes() + ")")));
            Optional<Country> wantedActor;
            try {
                wantedActor = actor == null ? Optional.empty()
                        : Optional.of(Country.of(actor.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--actor: " + e.getMessage());
            }
            DyadLedger ledger = cli.workspace(database.url()).dyad(dyad);
            if (wantedActor.isPresent() && !ledger.definition().dyad().includes(wantedActor.get())) {
                throw new UsageException("--actor " + wantedActor.get() + " is not a party of " + dyad);
            }
            List<Entry> entries = ledger.projector().entries().stream()
                    .filter(e -> fromDate.map(d -> !e.occurredOn().date().isBefore(d)).orElse(true))
                    .filter(e -> toDate.map(d -> !e.occurredOn().date().isAfter(d)).orElse(true))
                    .filter(e -> wantedType.map(t -> e.type() == t).orElse(true))
                    .filter(e -> wantedActor.map(a -> e.actor().equals(a)).orElse(true))
                    .toList();
            if (json) {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("dyad", dyad);
                shape.put("count", entries.size());
                EntryWords words = new EntryWords(ledger.definition());
                shape.put("entries", entries.stream().map(words::shape).toList());
                cli.out.println(Json.write(shape));
                return;
            }
            EntryWords words = new EntryWords(ledger.definition());
            TextTable table = new TextTable("OCCURRED", "TYPE", "WHAT", "SOURCES", "CONF", "ID");
            for (Entry entry : entries) {
                table.row(entry.occurredOn(), entry.type().code(), words.describe(entry),
                        entry.corroboration().words(),
                        entry.confidence() == org.detente.model.Confidence.HIGH ? "" : entry.confidence().name()
                                .toLowerCase(Locale.ROOT), entry.id());
            }
            cli.out.println(entries.size() + " entries");
            if (!table.isEmpty()) {
                table.print(cli.out, "");
            }
        }
    }
}
