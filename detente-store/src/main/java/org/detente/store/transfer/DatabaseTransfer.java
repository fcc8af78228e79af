package org.detente.store.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.ledger.Problem;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.store.access.Role;
import org.detente.store.access.TokenInfo;
import org.detente.store.access.TokenStore;
import org.detente.store.audit.AuditEvent;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.format.DefinitionCodec;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FieldReader;
import org.detente.store.format.FormatException;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;
import org.detente.store.jdbc.Jdbc;
import org.detente.store.ledger.DocumentStore;
import org.detente.store.ledger.JdbcLedgerStore;
import org.detente.store.ledger.UnreadableEntry;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;

/**
 * Moves whole ledgers in and out of the database as one YAML file (docs/storage.md): an export of
 * some dyads (definitions, documents, every entry with its server fields), an import of such a
 * file or of a plain ledger file ({@code entries:}), and a backup — an export of everything plus
 * the tokens and the audit log — that restores into an empty database with the same sequences,
 * times and authors.
 */
public final class DatabaseTransfer {
    /** The value of {@code format:} in an export. */
    public static final String FORMAT = "detente-export/1";
    private static final Set<String> TOP = Set.of("format", "exportedAt", "dyads", "tokens", "audit");
    private final DetenteDatabase database;
    private final Clock clock;
    private final String actor;

    /** Transfers whose writes the audit log names as {@code system}. */
    public DatabaseTransfer(DetenteDatabase database, Clock clock) {
        this(database, clock, "system");
    }

    private DatabaseTransfer(DetenteDatabase database, Clock clock, String actor) {
        this.database = Objects.requireNonNull(database, "database is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.actor = Objects.requireNonNull(actor, "actor is required");
    }

    /** The same transfers, audited under {@code who}. */
    public DatabaseTransfer actingAs(String who) {
        return new DatabaseTransfer(database, clock, who);
    }

    private JdbcLedgerStore ledger() {
        return database.ledger().actingAs(actor);
    }

    /** What an export or backup wrote. */
    public record ExportSummary(List<Dyad> dyads, int entries, int documents) {
    }

    /** What an import added, per dyad, in the order of the file. */
    public record ImportSummary(Map<Dyad, ImportResult> results) {
        public int added() {
            return results.values().stream().mapToInt(ImportResult::added).sum();
        }

        public int alreadyPresent() {
            return results.values().stream().mapToInt(ImportResult::alreadyPresent).sum();
        }
    }

    /**
     * Writes the ledgers of {@code dyads} (every dyad when empty) to {@code out}.
     *
     * @throws IllegalArgumentException when a dyad is not stored
     */
    public ExportSummary export(List<Dyad> dyads, Writer out) {
        return write(dyads, false, out);
    }

    /** Writes everything — every dyad, the tokens (hashes only) and the audit log — to {@code out}. */
    public ExportSummary backup(Writer out) {
        return write(List.of(), true, out);
    }

    private ExportSummary write(List<Dyad> wanted, boolean backup, Writer out) {
        JdbcLedgerStore ledger = database.ledger();
        List<Dyad> stored = ledger.dyads();
        List<Dyad> dyads = wanted.isEmpty() ? stored : wanted;
        for (Dyad dyad : dyads) {
            if (!stored.contains(dyad)) {
                throw new IllegalArgumentException("dyad " + dyad + " is not stored (stored: " + stored + ")");
            }
            List<UnreadableEntry> unreadable = ledger.unreadable(dyad);
            if (!unreadable.isEmpty()) {
                // Writing the ledger without them would make a copy that silently differs.
                throw new IllegalStateException("the ledger of " + dyad + " holds " + unreadable.size()
                        + " rows that cannot be read, so it cannot be copied exactly: " + unreadable
                        + " (see 'detente db check')");
            }
        }
        // Written as a stream of YAML events, one entry at a time: the file is never held whole in memory.
        YamlStream file = new YamlStream(out);
        file.startMapping();
        file.field("format", FORMAT);
        file.field("exportedAt", clock.instant().toString());
        file.value("dyads");
        file.startSequence();
        int entries = 0;
        int documents = 0;
        for (Dyad dyad : dyads) {
            file.startMapping();
            file.field("definitions", DefinitionCodec.encode(ledger.definition(dyad).orElseThrow()));
            Map<String, String> texts = database.documents().all(dyad);
            file.field("documents", new LinkedHashMap<>(texts));
            file.value("entries");
            file.startSequence();
            for (Entry entry : ledger.entries(dyad)) {
                file.value(EntryCodec.encode(entry, true));
                entries++;
            }
            file.endSequence();
            file.endMapping();
            documents += texts.size();
        }
        file.endSequence();
        if (backup) {
            file.field("tokens", database.tokens().stored().stream().map(DatabaseTransfer::encodeToken).toList());
            file.value("audit");
            file.startSequence();
            for (AuditEvent event : database.audit().all()) {
                file.value(encodeEvent(event));
            }
            file.endSequence();
        }
        file.endMapping();
        file.finish();
        return new ExportSummary(dyads, entries, documents);
    }

    /**
     * A YAML document written event by event: each value is represented and serialized on its own
     * (so in the block style the whole file was dumped in before) and emitted straight to the writer.
     */
    private static final class YamlStream {
        private final Yaml yaml = yaml();
        private final Emitter emitter;

        YamlStream(Writer out) {
            emitter = new Emitter(out, options());
            emit(new StreamStartEvent(null, null));
            emit(new DocumentStartEvent(null, null, false, null, Map.of()));
        }

        void startMapping() {
            emit(new MappingStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.BLOCK));
        }

        void endMapping() {
            emit(new MappingEndEvent(null, null));
        }

        void startSequence() {
            emit(new SequenceStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.BLOCK));
        }

        void endSequence() {
            emit(new SequenceEndEvent(null, null));
        }

        void field(String key, Object value) {
            value(key);
            value(value);
        }

        /** One value: its events without the stream and document around them. */
        void value(Object value) {
            List<Event> events = yaml.serialize(yaml.represent(value));
            for (Event event : events.subList(2, events.size() - 2)) {
                emit(event);
            }
        }

        void finish() {
            emit(new DocumentEndEvent(null, null, false));
            emit(new StreamEndEvent(null, null));
        }

        private void emit(Event event) {
            try {
                emitter.emit(event);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
            }
        }
    }

    /** Writes an export to a file. */
    public ExportSummary export(List<Dyad> dyads, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return export(dyads, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a backup to a file. */
    public ExportSummary backup(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return backup(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Imports an export file (every dyad in it: definitions created or replaced, documents saved,
     * entries imported idempotently) or a plain ledger file ({@code entries:}, into {@code plainDyad},
     * which must be stored). All or nothing: one bad entry and nothing is written.
     *
     * @param defaultAuthor the author of entries that name none
     * @throws TransferProblems listing every problem of the file, each with its line
     */
    public ImportSummary importFile(Path file, Dyad plainDyad, String defaultAuthor) {
        String name = file.getFileName().toString();
        List<FormatProblem> problems = new ArrayList<>();
        StreamedEntries streamed = new StreamedEntries(name, defaultAuthor, false, plainDyad, problems);
        Tree tree = parse(file, streamed);
        if (tree instanceof Tree.Mapping top && !top.fields().containsKey("dyads")
                && top.fields().containsKey("entries")) {
            return importPlain(file, top, plainDyad, streamed, problems);
        }
        Decoded decoded = decodeExport(name, tree, streamed, problems);
        return importDecoded(file, decoded, false, problems);
    }

    /**
     * Restores a backup into an empty database: every dyad with the same sequences, recording times
     * and authors, the documents, the tokens and the audit log.
     *
     * @throws TransferProblems      listing every problem of the file
     * @throws IllegalStateException when the database already holds a ledger
     */
    public ImportSummary restore(Path file) {
        String name = file.getFileName().toString();
        List<FormatProblem> problems = new ArrayList<>();
        StreamedEntries streamed = new StreamedEntries(name, "unknown", true, null, problems);
        Tree tree = parse(file, streamed);
        Decoded decoded = decodeExport(name, tree, streamed, problems);
        return importDecoded(file, decoded, true, problems);
    }

    /**
     * The entries of a file, decoded as the reader hands them over one by one, so that the file's
     * tree never holds them: by the path of their list ({@code entries}, {@code dyads[0].entries}).
     * An entry is decoded for the dyad whose definitions come before it in its item (as an export
     * writes them); the few read before their dyad is known wait as trees. A restore checks that
     * the sequences run 1, 2, 3, ... as they come.
     */
    private static final class StreamedEntries implements TreeParser.ItemSink {
        private final String name;
        private final String defaultAuthor;
        private final boolean restore;
        private final Dyad plainDyad;
        private final List<FormatProblem> problems;
        private final Map<String, Dyad> dyads = new HashMap<>();
        private final Map<String, List<Entry>> entries = new HashMap<>();
        private final Map<String, List<Tree>> waiting = new HashMap<>();

        StreamedEntries(String name, String defaultAuthor, boolean restore, Dyad plainDyad, List<FormatProblem> problems) {
            this.name = name;
            this.defaultAuthor = defaultAuthor;
            this.restore = restore;
            this.plainDyad = plainDyad;
            this.problems = problems;
        }

        static boolean streams(String path) {
            return path.equals("entries") || path.matches("dyads\\[\\d+]\\.entries");
        }

        @Override
        public void item(String path, Map<String, Tree> siblings, int index, Tree item) {
            if (!dyads.containsKey(path)) {
                dyads.put(path, dyadOf(path, siblings)); // null when not known yet: decided once per list
            }
            Dyad dyad = dyads.get(path);
            if (dyad == null || waiting.containsKey(path)) {
                waiting.computeIfAbsent(path, p -> new ArrayList<>()).add(item);
                return;
            }
            decode(path, index, item, dyad);
        }

        private Dyad dyadOf(String path, Map<String, Tree> siblings) {
            if (path.equals("entries")) {
                return plainDyad;
            }
            Tree definitions = siblings.get("definitions");
            return definitions == null ? null
                    : DefinitionCodec.decode(definitions, name, new ArrayList<>()).map(DyadDefinition::dyad).orElse(null);
        }

        private void decode(String path, int index, Tree item, Dyad dyad) {
            List<Entry> list = entries.computeIfAbsent(path, p -> new ArrayList<>());
            String prefix = path.equals("entries") ? "" : path.substring(0, path.length() - "entries".length());
            Optional<Entry> entry = EntryCodec.decode(item, dyad, EntryCodec.Mode.EXPORT, defaultAuthor, name,
                    prefix + "entries[" + index + "]", problems);
            entry.ifPresent(list::add);
            if (restore && entry.isPresent() && entry.get().sequence() != index + 1) {
                problems.add(new FormatProblem(name, lineOf(item, "sequence"), prefix + "entries[" + index + "].sequence",
                        "a backup holds every entry in order: expected " + (index + 1) + ", found "
                                + entry.get().sequence()));
            }
        }

        /** The entries of the list at {@code path}, for {@code dyad} (known once its item is read). */
        List<Entry> of(String path, Dyad dyad) {
            List<Tree> trees = waiting.remove(path);
            if (trees != null) {
                int first = entries.getOrDefault(path, List.of()).size();
                for (int i = 0; i < trees.size(); i++) {
                    decode(path, first + i, trees.get(i), dyad);
                }
            }
            return entries.getOrDefault(path, List.of());
        }
    }

    private ImportSummary importPlain(Path file, Tree.Mapping top, Dyad dyad, StreamedEntries streamed,
                                      List<FormatProblem> problems) {
        Objects.requireNonNull(dyad, "the dyad of a plain ledger file is required");
        String name = file.getFileName().toString();
        DyadDefinition definition = database.ledger().definition(dyad).orElseThrow(() -> new IllegalArgumentException(
                "dyad " + dyad + " is not stored: import its definitions first (an export file holds them)"));
        FieldReader in = new FieldReader(top, name, "", problems);
        in.rejectUnknown(Set.of("entries"));
        in.items("entries", true);
        List<Entry> entries = streamed.of("entries", definition.dyad());
        if (!problems.isEmpty()) {
            throw new TransferProblems(problems);
        }
        try {
            ImportResult result = ledger().importEntries(dyad, entries);
            return new ImportSummary(Map.of(dyad, result));
        } catch (InvalidEntriesException e) {
            throw new TransferProblems(locate(file, "", e.problems()));
        }
    }

    private ImportSummary importDecoded(Path file, Decoded decoded, boolean restore, List<FormatProblem> problems) {
        if (!problems.isEmpty()) {
            throw new TransferProblems(problems);
        }
        List<JdbcLedgerStore.DyadContent> contents = decoded.dyads().stream()
                .map(d -> new JdbcLedgerStore.DyadContent(d.definition(), d.entries(), d.documents())).toList();
        Jdbc.Work<Void> before = restore ? c -> {
            database.tokens().insertStored(c, decoded.tokens());
            for (AuditEvent event : decoded.audit()) {
                database.audit().insert(c, event);
            }
            return null;
        } : c -> null;
        try {
            List<ImportResult> results = ledger().importDyads(contents, restore, before);
            Map<Dyad, ImportResult> byDyad = new LinkedHashMap<>();
            for (int i = 0; i < results.size(); i++) {
                byDyad.put(contents.get(i).definition().dyad(), results.get(i));
            }
            return new ImportSummary(byDyad);
        } catch (JdbcLedgerStore.DyadProblems e) {
            List<FormatProblem> located = new ArrayList<>();
            e.problems().forEach((index, list) -> {
                DecodedDyad dyad = decoded.dyads().get(index);
                located.addAll(locate(file, dyad.path() + ".", list));
            });
            throw new TransferProblems(located);
        }
    }

    private record Decoded(List<DecodedDyad> dyads, List<TokenStore.StoredToken> tokens, List<AuditEvent> audit) {
    }

    private record DecodedDyad(String path, DyadDefinition definition, Map<String, String> documents,
                               List<Entry> entries) {
    }

    private Decoded decodeExport(String name, Tree tree, StreamedEntries streamed, List<FormatProblem> problems) {
        FieldReader top = FieldReader.of(tree, name, "", problems);
        if (top == null) {
            return new Decoded(List.of(), List.of(), List.of());
        }
        top.rejectUnknown(TOP);
        String format = top.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "'" + format + "' is not a format this version reads (" + FORMAT
                    + "); a plain ledger file has only 'entries:'");
        }
        List<DecodedDyad> dyads = new ArrayList<>();
        List<Tree> items = top.items("dyads", true);
        Set<Dyad> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "dyads[" + i + "]";
            FieldReader item = FieldReader.of(items.get(i), name, path, problems);
            if (item == null) {
                continue;
            }
            item.rejectUnknown(Set.of("definitions", "documents", "entries"));
            Tree definitionTree = item.mapping().get("definitions");
            if (definitionTree == null) {
                item.problem("definitions", "is required");
                continue;
            }
            Optional<DyadDefinition> definition = DefinitionCodec.decode(definitionTree, name, problems);
            if (definition.isEmpty()) {
                continue;
            }
            Dyad dyad = definition.get().dyad();
            if (!seen.add(dyad)) {
                item.problem("definitions", "dyad " + dyad + " appears twice in the file");
                continue;
            }
            Map<String, String> documents = documents(item, problems);
            item.items("entries", false);
            List<Entry> entries = streamed.of(path + ".entries", dyad);
            dyads.add(new DecodedDyad(path, definition.get(), documents, entries));
        }
        List<TokenStore.StoredToken> tokens = new ArrayList<>();
        List<Tree> tokenTrees = top.items("tokens", false);
        for (int i = 0; i < tokenTrees.size(); i++) {
            FieldReader token = FieldReader.of(tokenTrees.get(i), name, "tokens[" + i + "]", problems);
            if (token != null) {
                decodeToken(token).ifPresent(tokens::add);
            }
        }
        List<AuditEvent> audit = new ArrayList<>();
        List<Tree> auditTrees = top.items("audit", false);
        for (int i = 0; i < auditTrees.size(); i++) {
            FieldReader event = FieldReader.of(auditTrees.get(i), name, "audit[" + i + "]", problems);
            if (event != null) {
                decodeEvent(event).ifPresent(audit::add);
            }
        }
        return new Decoded(dyads, tokens, audit);
    }

    private static Map<String, String> documents(FieldReader item, List<FormatProblem> problems) {
        Map<String, String> documents = new LinkedHashMap<>();
        Tree tree = item.mapping().get("documents");
        if (tree == null || tree instanceof Tree.Null) {
            return documents;
        }
        if (!(tree instanceof Tree.Mapping mapping)) {
            item.problem("documents", "expected a mapping of file name to text, found " + tree.kind());
            return documents;
        }
        mapping.fields().forEach((documentName, text) -> {
            if (text instanceof Tree.Scalar scalar && DocumentStore.NAME.matcher(documentName).matches()) {
                documents.put(documentName, scalar.value());
            } else {
                problems.add(new FormatProblem(item.file(), mapping.lineOf(documentName),
                        item.path("documents." + documentName),
                        "expected a lower-case file name such as roadmap.yaml holding text"));
            }
        });
        return documents;
    }

    /**
     * Ledger problems (by position in the batch) as file problems with the line of the field: the
     * file is read again for the trees of the entries at fault, since the first read kept none.
     */
    private static List<FormatProblem> locate(Path file, String prefix, List<Problem> problems) {
        String name = file.getFileName().toString();
        String path = prefix + "entries";
        Set<Integer> wanted = new java.util.HashSet<>();
        problems.forEach(p -> wanted.add(p.index()));
        Map<Integer, Tree> trees = new HashMap<>();
        parse(file, (listPath, siblings, index, item) -> {
            if (listPath.equals(path) && wanted.contains(index)) {
                trees.put(index, item);
            }
        });
        List<FormatProblem> located = new ArrayList<>();
        for (Problem problem : problems) {
            Tree tree = trees.get(problem.index());
            located.add(new FormatProblem(name, tree == null ? 0 : lineOf(tree, problem.field()),
                    prefix + "entries[" + problem.index() + "]." + problem.field(),
                    problem.message() + " (entry " + problem.entryId() + ")"));
        }
        return located;
    }

    private static int lineOf(Tree tree, String field) {
        return tree instanceof Tree.Mapping m ? m.lineOf(field) : tree.line();
    }

    /** The file's tree, its lists of entries handed to {@code entries} one by one instead of kept. */
    private static Tree parse(Path file, TreeParser.ItemSink entries) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TreeParser.yaml(reader, StreamedEntries::streams, entries);
        } catch (NoSuchFileException e) {
            throw new TransferProblems(List.of(new FormatProblem(file.toString(), 0, "", "no such file")));
        } catch (FormatException e) {
            throw new TransferProblems(List.of(new FormatProblem(file.getFileName().toString(), e.line(), e.field(),
                    e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> encodeToken(TokenStore.StoredToken token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", token.info().name());
        out.put("role", token.info().role().code());
        out.put("sha256", token.hash());
        out.put("createdAt", token.info().createdAt().toString());
        out.put("createdBy", token.info().createdBy());
        token.info().revokedAt().ifPresent(at -> out.put("revokedAt", at.toString()));
        return out;
    }

    private static Optional<TokenStore.StoredToken> decodeToken(FieldReader in) {
        in.rejectUnknown(Set.of("name", "role", "sha256", "createdAt", "createdBy", "revokedAt"));
        String name = in.text("name", true);
        Role role = in.parsed("role", true, Role::parse);
        String hash = in.parsed("sha256", true, text -> {
            if (!text.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("must be 64 lower-case hex digits");
            }
            return text;
        });
        Instant createdAt = in.instant("createdAt", true);
        String createdBy = in.text("createdBy", true);
        Instant revokedAt = in.instant("revokedAt", false);
        if (!in.ok()) {
            return Optional.empty();
        }
        return Optional.of(new TokenStore.StoredToken(new TokenInfo(name, role, createdAt, createdBy,
                Optional.ofNullable(revokedAt)), hash));
    }

    private static Map<String, Object> encodeEvent(AuditEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", event.at().toString());
        out.put("actor", event.actor());
        out.put("action", event.action());
        if (!event.dyad().isEmpty()) {
            out.put("dyad", event.dyad());
        }
        if (!event.entryId().isEmpty()) {
            out.put("entryId", event.entryId());
        }
        out.put("detail", event.detail());
        return out;
    }

    private static Optional<AuditEvent> decodeEvent(FieldReader in) {
        in.rejectUnknown(Set.of("at", "actor", "action", "dyad", "entryId", "detail"));
        Instant at = in.instant("at", true);
        String actor = in.text("actor", true);
        String action = in.text("action", true);
        String dyad = in.text("dyad", false);
        String entryId = in.text("entryId", false);
        String detail = in.text("detail", false);
        return in.ok() ? Optional.of(new AuditEvent(0, at, actor, action, dyad, entryId, detail)) : Optional.empty();
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return options;
    }

    private static Yaml yaml() {
        return new Yaml(options());
    }
}
