package org.detente.store.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.Entry;
import org.detente.ledger.ImportPlan;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.LedgerStore;
import org.detente.ledger.LedgerValidator;
import org.detente.ledger.Problem;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.store.audit.AuditEvent;
import org.detente.store.audit.AuditLog;
import org.detente.store.format.DefinitionCodec;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.TreeParser;
import org.detente.store.jdbc.Jdbc;
import org.detente.store.jdbc.StorageException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The {@link LedgerStore} on a relational database. Each call is one transaction. An append or
 * import locks the dyad's row ({@code SELECT ... FOR UPDATE}), compares the expected last sequence,
 * validates the batch in memory against the stored entries, inserts it with JDBC batches and moves
 * the dyad's last sequence on — so concurrent appends, from threads or processes, are serialised
 * and a stale one fails with {@link ConcurrencyConflictException}, never losing or repeating an
 * entry. Entries are only ever inserted.
 *
 * <p>Each entry is stored as its JSON shape ({@link EntryCodec#encode} with server fields) beside
 * columns for the dyad, sequence, id, type, dates and author. Every write is audited in its own
 * transaction, under the name given by {@link #actingAs} ({@code system} by default).
 *
 * <p>Entries read are kept in memory per dyad and later reads fetch only the newer ones: entries
 * never change, so what was read once stays true. A read that began before an append this process
 * has already cached answers a prefix of the cache, never a re-read. A row that cannot be decoded
 * is left out of the entries and reported by {@link #unreadable()}; it never makes the dyad unreadable.
 */
public final class JdbcLedgerStore implements LedgerStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2000;
    /** Batches at least this large are encoded and decoded on several cores. */
    private static final int PARALLEL_FROM = 1000;
    /** Batches at least this large go to PostgreSQL with COPY instead of INSERTs. */
    private static final int COPY_FROM = 64;
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final DocumentStore documents;
    private final String actor;
    private final ConcurrentMap<Dyad, CachedLedger> cache;

    public JdbcLedgerStore(Jdbc jdbc, AuditLog audit, DocumentStore documents) {
        this(jdbc, audit, documents, "system", new ConcurrentHashMap<>());
    }

    private JdbcLedgerStore(Jdbc jdbc, AuditLog audit, DocumentStore documents, String actor,
                            ConcurrentMap<Dyad, CachedLedger> cache) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.documents = documents;
        this.actor = actor;
        this.cache = cache;
    }

    /** The same store, recording {@code who} in the audit log for the writes made through it. */
    public JdbcLedgerStore actingAs(String who) {
        return new JdbcLedgerStore(jdbc, audit, documents, Objects.requireNonNull(who, "who is required"), cache);
    }

    /** Who the audit log names for writes made through this store. */
    public String actor() {
        return actor;
    }

    @Override
    public List<Dyad> dyads() {
        return jdbc.read("list dyads", c -> {
            List<Dyad> dyads = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT dyad FROM dyads ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    dyads.add(Dyad.parse(rows.getString(1)));
                }
            }
            return dyads;
        });
    }

    @Override
    public Map<Dyad, Long> lastSequences() {
        return jdbc.read("read the last sequences", c -> {
            Map<Dyad, Long> last = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT dyad, last_seq FROM dyads ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last.put(Dyad.parse(rows.getString(1)), rows.getLong(2));
                }
            }
            return last;
        });
    }

    @Override
    public Optional<DyadDefinition> definition(Dyad dyad) {
        Objects.requireNonNull(dyad, "dyad is required");
        return jdbc.read("read definitions", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT definition_json FROM dyads WHERE dyad = ?")) {
                select.setString(1, dyad.id());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(decodeDefinition(dyad, rows.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveDefinition(DyadDefinition definition) {
        Objects.requireNonNull(definition, "definition is required");
        jdbc.inTransaction("save definitions", c -> {
            saveDefinition(c, definition);
            return null;
        });
    }

    @Override
    public List<Entry> entries(Dyad dyad) {
        Objects.requireNonNull(dyad, "dyad is required");
        return jdbc.read("read entries", c -> {
            long last = lastSequence(c, dyad).orElse(0);
            return upTo(c, dyad, last);
        });
    }

    @Override
    public long lastSequence(Dyad dyad) {
        Objects.requireNonNull(dyad, "dyad is required");
        return jdbc.read("read the last sequence", c -> lastSequence(c, dyad).orElse(0));
    }

    @Override
    public List<Entry> append(Dyad dyad, List<Entry> batch, OptionalLong expectedLastSequence) {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(batch, "batch is required");
        Objects.requireNonNull(expectedLastSequence, "expectedLastSequence is required (empty for none)");
        // Writers of one dyad in this process queue here, not on the database's row lock: a
        // transaction waiting for that lock would hold a pooled connection that readers need.
        ReentrantLock writer = cache.computeIfAbsent(dyad, d -> new CachedLedger()).writer;
        Jdbc.Committed<List<Entry>> committed;
        writer.lock();
        try {
            committed = appendLocked(dyad, batch, expectedLastSequence);
        } finally {
            writer.unlock();
        }
        // Outside the dyad's lock, so that the appends queued behind this one share its sync.
        jdbc.awaitDevice("append entries", committed);
        return committed.value();
    }

    private Jdbc.Committed<List<Entry>> appendLocked(Dyad dyad, List<Entry> batch, OptionalLong expectedLastSequence) {
        Jdbc.Committed<List<Entry>> stored = jdbc.committed("append entries", c -> {
            Locked locked = lock(c, dyad);
            if (expectedLastSequence.isPresent() && expectedLastSequence.getAsLong() != locked.lastSequence()) {
                throw new ConcurrencyConflictException(expectedLastSequence.getAsLong(), locked.lastSequence());
            }
            List<Problem> problems = validatorUpTo(c, dyad, locked).validate(batch);
            if (!problems.isEmpty()) {
                throw new InvalidEntriesException(problems);
            }
            List<Entry> inserted = insert(c, dyad, batch, locked.lastSequence());
            List<AuditEvent> events = new ArrayList<>();
            Instant now = audit.now();
            for (Entry entry : inserted) {
                events.add(new AuditEvent(0, now, actor, "entry.appended", dyad.id(), entry.id().value(),
                        entry.type().code() + " #" + entry.sequence() + " by " + entry.author()));
            }
            audit.appendAll(c, events);
            return inserted;
        });
        remember(dyad, stored.value());
        return stored;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Problems name the position of the entry in {@code batch} as given.
     */
    @Override
    public ImportResult importEntries(Dyad dyad, List<Entry> batch) {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(batch, "batch is required");
        Imported imported = jdbc.inTransaction("import entries", c -> {
            Locked locked = lock(c, dyad);
            Imported result = importLocked(c, dyad, locked, batch);
            if (!result.problems().isEmpty()) {
                throw new InvalidEntriesException(result.problems());
            }
            auditImport(c, dyad, result);
            return result;
        });
        remember(dyad, imported.stored());
        return imported.result();
    }

    /** One dyad's content to import: its definitions, entries and documents (name → text). */
    public record DyadContent(DyadDefinition definition, List<Entry> entries, Map<String, String> documents) {
    }

    /** Problems of a multi-dyad import, by the position of the dyad in the request. */
    public static final class DyadProblems extends RuntimeException {
        private final transient Map<Integer, List<Problem>> problems;

        DyadProblems(Map<Integer, List<Problem>> problems) {
            super(problems.values().stream().mapToInt(List::size).sum() + " invalid entries");
            this.problems = Map.copyOf(problems);
        }

        public Map<Integer, List<Problem>> problems() {
            return problems;
        }
    }

    /**
     * Imports several dyads in one transaction: each dyad's definitions are created or replaced,
     * its documents saved, and its entries imported idempotently. Nothing is written when any entry
     * of any dyad is invalid.
     *
     * @param requireEmpty refuse unless the database holds no dyad yet (a restore)
     * @param before       more work for the same transaction, done first (a restore's tokens and audit log)
     * @throws DyadProblems listing every bad entry by dyad
     */
    public List<ImportResult> importDyads(List<DyadContent> contents, boolean requireEmpty, Jdbc.Work<Void> before) {
        if (contents.stream().map(content -> content.definition().dyad()).distinct().count() != contents.size()) {
            throw new IllegalArgumentException("each dyad may be imported once per call");
        }
        List<Imported> outcomes = jdbc.inTransaction("import dyads", c -> {
            if (requireEmpty && exists(c)) {
                throw new IllegalStateException("the database already holds a ledger or tokens; restore only into an empty database");
            }
            before.run(c);
            List<Imported> results = new ArrayList<>();
            Map<Integer, List<Problem>> problems = new LinkedHashMap<>();
            for (int i = 0; i < contents.size(); i++) {
                DyadContent content = contents.get(i);
                Dyad dyad = content.definition().dyad();
                saveDefinition(c, content.definition());
                Imported result = importLocked(c, dyad, lock(c, dyad), content.entries());
                if (!result.problems().isEmpty()) {
                    problems.put(i, result.problems());
                    continue;
                }
                for (Map.Entry<String, String> document : content.documents().entrySet()) {
                    documents.save(c, dyad, document.getKey(), document.getValue(), actor);
                }
                auditImport(c, dyad, result);
                results.add(result);
            }
            if (!problems.isEmpty()) {
                throw new DyadProblems(problems);
            }
            return results;
        });
        for (Imported outcome : outcomes) {
            if (!outcome.stored().isEmpty()) {
                remember(outcome.stored().get(0).dyad(), outcome.stored());
            }
        }
        return outcomes.stream().map(Imported::result).toList();
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM dyads) + (SELECT COUNT(*) FROM api_tokens)");
             ResultSet rows = select.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private record Imported(ImportResult result, List<Entry> stored, List<Problem> problems) {
    }

    private record Locked(DyadDefinition definition, long lastSequence) {
    }

    /**
     * The import rules of {@link LedgerStore#importEntries} on a locked dyad: entries stored with the
     * same content are skipped, an id stored with other content is a problem, the rest are
     * validated together and inserted when nothing is wrong.
     */
    private Imported importLocked(Connection c, Dyad dyad, Locked locked, List<Entry> batch) throws SQLException {
        ImportPlan plan = ImportPlan.of(locked.definition(), upTo(c, dyad, locked.lastSequence()), batch);
        if (!plan.problems().isEmpty()) {
            return new Imported(new ImportResult(0, plan.alreadyPresent()), List.of(), plan.problems());
        }
        List<Entry> stored = insert(c, dyad, plan.fresh(), locked.lastSequence());
        return new Imported(new ImportResult(plan.fresh().size(), plan.alreadyPresent()), stored, List.of());
    }

    private void auditImport(Connection c, Dyad dyad, Imported imported) throws SQLException {
        List<Entry> stored = imported.stored();
        String range = stored.isEmpty() ? "" : ", sequences " + stored.get(0).sequence() + "-"
                + stored.get(stored.size() - 1).sequence();
        audit.append(c, actor, "ledger.imported", dyad.id(), "", "added " + imported.result().added()
                + ", already present " + imported.result().alreadyPresent() + range);
    }

    private void saveDefinition(Connection c, DyadDefinition definition) throws SQLException {
        String json = write(DefinitionCodec.encode(definition));
        String dyad = definition.dyad().id();
        String current = null;
        boolean found = false;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT definition_json FROM dyads WHERE dyad = ? FOR UPDATE")) {
            select.setString(1, dyad);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    found = true;
                    current = rows.getString(1);
                }
            }
        }
        if (json.equals(current)) {
            return;
        }
        Instant now = audit.now();
        if (found) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE dyads SET definition_json = ?, updated_at = ? WHERE dyad = ?")) {
                update.setString(1, json);
                Jdbc.setInstant(update, 2, now);
                update.setString(3, dyad);
                update.executeUpdate();
            }
        } else {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dyads (dyad, definition_json, last_seq, "
                    + "created_at, updated_at) VALUES (?, ?, 0, ?, ?)")) {
                insert.setString(1, dyad);
                insert.setString(2, json);
                Jdbc.setInstant(insert, 3, now);
                Jdbc.setInstant(insert, 4, now);
                insert.executeUpdate();
            }
        }
        audit.append(c, actor, found ? "definition.replaced" : "definition.created", dyad, "",
                definition.missions().size() + " missions, " + definition.channels().size() + " channels, "
                        + definition.airLinks().size() + " air links, " + definition.tracks().size() + " tracks");
    }

    /** The definitions stored as {@code json}, decoded once per version of the text rather than per append. */
    private DyadDefinition definitionOf(Dyad dyad, String json) {
        CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
        synchronized (cached) {
            if (!json.equals(cached.definitionJson)) {
                cached.definition = decodeDefinition(dyad, json);
                cached.definitionJson = json;
            }
            return cached.definition;
        }
    }

    /** Locks the dyad's row for the rest of the transaction and answers its definitions and last sequence. */
    private Locked lock(Connection c, Dyad dyad) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT definition_json, last_seq FROM dyads WHERE dyad = ? FOR UPDATE")) {
            select.setString(1, dyad.id());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no definitions are stored for dyad " + dyad);
                }
                return new Locked(definitionOf(dyad, rows.getString(1)), rows.getLong(2));
            }
        }
    }

    private static OptionalLong lastSequence(Connection c, Dyad dyad) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT last_seq FROM dyads WHERE dyad = ?")) {
            select.setString(1, dyad.id());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Inserts entries after {@code last}, giving them consecutive sequences, and moves the dyad's last sequence on. */
    private List<Entry> insert(Connection c, Dyad dyad, List<Entry> entries, long last) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        Instant storedAt = audit.now();
        List<Entry> stored = new ArrayList<>(entries.size());
        long first = last + 1;
        // Writing the JSON is most of the work of a large import outside the database: share it out.
        List<String> jsons = parallelIfLarge(IntStream.range(0, entries.size()), entries.size())
                .mapToObj(i -> write(EntryCodec.encode(entries.get(i).withSequence(first + i), true)))
                .toList();
        if (entries.size() >= COPY_FROM && c.isWrapperFor(PGConnection.class)) {
            copy(c.unwrap(PGConnection.class), dyad, entries, jsons, first, storedAt, stored);
        } else {
            batchInsert(c, dyad, entries, jsons, first, storedAt, stored);
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE dyads SET last_seq = ?, updated_at = ? WHERE dyad = ?")) {
            update.setLong(1, last + entries.size());
            Jdbc.setInstant(update, 2, storedAt);
            update.setString(3, dyad.id());
            update.executeUpdate();
        }
        return stored;
    }

    /**
     * Streams the rows to PostgreSQL with {@code COPY ... FROM STDIN} (CSV), several times faster
     * than batched INSERTs; the same transaction, the same triggers and constraints.
     */
    private static void copy(PGConnection connection, Dyad dyad, List<Entry> entries, List<String> jsons, long first,
                             Instant storedAt, List<Entry> stored) throws SQLException {
        CopyIn in = connection.getCopyAPI().copyIn("COPY ledger_entries (dyad, seq, entry_id, entry_type, "
                + "occurred_on, recorded_at, author, stored_at, entry_json) FROM STDIN WITH (FORMAT csv)");
        try {
            String storedText = csv(storedAt.toString());
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i).withSequence(first + i);
                rows.append(csv(dyad.id())).append(',').append(entry.sequence()).append(',')
                        .append(csv(entry.id().value())).append(',').append(csv(entry.type().code())).append(',')
                        .append(entry.occurredOn().date()).append(',').append(csv(entry.recordedAt().toString()))
                        .append(',').append(csv(entry.author())).append(',').append(storedText).append(',')
                        .append(csv(jsons.get(i))).append('\n');
                stored.add(entry);
                if (rows.length() > (1 << 20) || i == entries.size() - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A CSV field, always quoted (COPY's CSV reads quoted text verbatim, quotes doubled). */
    private static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void batchInsert(Connection c, Dyad dyad, List<Entry> entries, List<String> jsons, long first,
                                    Instant storedAt, List<Entry> stored) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_entries (dyad, seq, entry_id, "
                + "entry_type, occurred_on, recorded_at, author, stored_at, entry_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long sequence = first - 1;
            int pending = 0;
            for (int i = 0; i < entries.size(); i++) {
                Entry withSequence = entries.get(i).withSequence(++sequence);
                insert.setString(1, dyad.id());
                insert.setLong(2, sequence);
                insert.setString(3, withSequence.id().value());
                insert.setString(4, withSequence.type().code());
                insert.setObject(5, withSequence.occurredOn().date());
                Jdbc.setInstant(insert, 6, withSequence.recordedAt());
                insert.setString(7, withSequence.author());
                Jdbc.setInstant(insert, 8, storedAt);
                insert.setString(9, jsons.get(i));
                insert.addBatch();
                stored.add(withSequence);
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The entries of a dyad up to {@code last}: those already read, and the newer ones read now. */
    private List<Entry> upTo(Connection c, Dyad dyad, long last) throws SQLException {
        CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
        synchronized (cached) {
            readUpTo(c, dyad, last, cached);
            int end = cached.entries.size();
            while (end > 0 && cached.entries.get(end - 1).sequence() > last) {
                end--;
            }
            return List.copyOf(cached.entries.subList(0, end));
        }
    }

    /**
     * A validator that knows the dyad's entries up to the locked last sequence. It is kept between
     * appends and brought forward by {@link #remember}, so a single append does not rebuild it from
     * the whole ledger; it is rebuilt when another writer (or process) moved the ledger on, or the
     * definitions changed. Callers hold the dyad's row lock, so no two appends of a dyad use it at once.
     */
    private LedgerValidator validatorUpTo(Connection c, Dyad dyad, Locked locked) throws SQLException {
        CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
        synchronized (cached) {
            readUpTo(c, dyad, locked.lastSequence(), cached);
            if (cached.validator == null || cached.validatorSequence != locked.lastSequence()
                    || !locked.definition().equals(cached.validatorDefinition)) {
                cached.validator = new LedgerValidator(locked.definition(), cached.entries);
                cached.validatorDefinition = locked.definition();
                cached.validatorSequence = locked.lastSequence();
            }
            return cached.validator;
        }
    }

    private void readUpTo(Connection c, Dyad dyad, long last, CachedLedger cached) throws SQLException {
        if (cached.sequence > last) {
            if (stillStored(c, dyad, cached.sequence)) {
                // A read that began before an append this process has already seen: what it
                // reads is a prefix of what is cached, so the cache stays (entries never change).
                return;
            }
            // The database was replaced under this process (e.g. restored): read it again.
            cached.entries.clear();
            cached.unreadable.clear();
            cached.sequence = 0;
        }
        if (cached.sequence < last) {
            try (PreparedStatement select = c.prepareStatement("SELECT seq, entry_id, entry_json FROM ledger_entries "
                    + "WHERE dyad = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
                select.setFetchSize(BATCH);
                select.setString(1, dyad.id());
                select.setLong(2, cached.sequence);
                select.setLong(3, last);
                List<String> ids = new ArrayList<>();
                List<String> jsons = new ArrayList<>();
                long from = cached.sequence;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long sequence = rows.getLong(1);
                        if (sequence != from + jsons.size() + 1) {
                            throw new StorageException("the ledger of " + dyad + " misses sequence "
                                    + (from + jsons.size() + 1) + " (next stored is " + sequence + ")");
                        }
                        ids.add(rows.getString(2));
                        jsons.add(rows.getString(3));
                    }
                }
                List<Decoded> decoded = parallelIfLarge(IntStream.range(0, jsons.size()), jsons.size())
                        .mapToObj(i -> decodeEntry(dyad, from + i + 1, ids.get(i), jsons.get(i))).toList();
                for (Decoded row : decoded) {
                    if (row.entry() != null) {
                        cached.entries.add(row.entry());
                    } else {
                        cached.unreadable.add(row.unreadable());
                    }
                }
                cached.sequence = from + jsons.size();
            }
            if (cached.sequence != last) {
                throw new StorageException("the ledger of " + dyad + " ends at sequence " + cached.sequence
                        + " but its last sequence is recorded as " + last);
            }
        }
    }

    private static boolean stillStored(Connection c, Dyad dyad, long sequence) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM ledger_entries WHERE dyad = ? AND seq = ?")) {
            select.setString(1, dyad.id());
            select.setLong(2, sequence);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The stored rows of every dyad that cannot be read as entries, after reading what is new.
     * Empty when every entry reads back; health checks and {@code detente db check} report the rest.
     */
    public List<UnreadableEntry> unreadable() {
        List<UnreadableEntry> all = new ArrayList<>();
        for (Dyad dyad : dyads()) {
            entries(dyad);
            CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
            synchronized (cached) {
                all.addAll(cached.unreadable);
            }
        }
        return all;
    }

    /** The rows of {@code dyad} that cannot be read, as of its last read. */
    public List<UnreadableEntry> unreadable(Dyad dyad) {
        entries(dyad);
        CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
        synchronized (cached) {
            return List.copyOf(cached.unreadable);
        }
    }

    /** Adds what this process has just committed to what it has read, when it follows on. */
    private void remember(Dyad dyad, List<Entry> stored) {
        if (stored.isEmpty()) {
            return;
        }
        CachedLedger cached = cache.computeIfAbsent(dyad, d -> new CachedLedger());
        synchronized (cached) {
            long first = stored.get(0).sequence();
            long last = stored.get(stored.size() - 1).sequence();
            if (cached.sequence == first - 1) {
                cached.entries.addAll(stored);
                cached.sequence = last;
            }
            if (cached.validator != null && cached.validatorSequence == first - 1) {
                try {
                    cached.validator.accept(stored);
                    cached.validatorSequence = last;
                } catch (InvalidEntriesException e) {
                    // Cannot happen for entries it validated; if it does, rebuild it next time.
                    cached.validator = null;
                }
            } else {
                cached.validator = null;
            }
        }
    }

    private static IntStream parallelIfLarge(IntStream indexes, int size) {
        return size >= PARALLEL_FROM ? indexes.parallel() : indexes;
    }

    private static final class CachedLedger {
        private final ReentrantLock writer = new ReentrantLock(true);
        private final List<Entry> entries = new ArrayList<>();
        private final List<UnreadableEntry> unreadable = new ArrayList<>();
        private long sequence;
        private LedgerValidator validator;
        private String definitionJson;
        private DyadDefinition definition;
        private DyadDefinition validatorDefinition;
        private long validatorSequence;
    }

    /** A stored row read back: the entry, or why it could not be read. */
    private record Decoded(Entry entry, UnreadableEntry unreadable) {
    }

    private static Decoded decodeEntry(Dyad dyad, long sequence, String entryId, String json) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Entry> entry;
        try {
            entry = EntryCodec.decode(TreeParser.json(json), dyad, EntryCodec.Mode.EXPORT, "unknown",
                    "ledger_entries", "seq " + sequence, problems);
        } catch (RuntimeException e) {
            problems.add(new FormatProblem("ledger_entries", 0, "entry_json", String.valueOf(e.getMessage())));
            entry = Optional.empty();
        }
        if (entry.isEmpty()) {
            return new Decoded(null, new UnreadableEntry(dyad, sequence, entryId, problems.stream()
                    .map(p -> p.field() + ": " + p.message()).collect(java.util.stream.Collectors.joining("; "))));
        }
        return new Decoded(entry.get().withSequence(sequence), null);
    }

    private static DyadDefinition decodeDefinition(Dyad dyad, String json) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<DyadDefinition> definition = DefinitionCodec.decode(TreeParser.json(json), "dyads", problems);
        if (definition.isEmpty()) {
            throw new StorageException("the stored definitions of " + dyad + " cannot be read: " + problems);
        }
        return definition.get();
    }

    static String write(Object shape) {
        try {
            return JSON.writeValueAsString(shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON shape could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
