package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.store.jdbc.StoreFixtures.US_RU;
import static org.detente.store.jdbc.StoreFixtures.definition;
import static org.detente.store.jdbc.StoreFixtures.generated;
import static org.detente.store.jdbc.StoreFixtures.retraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.ledger.Entry;
import org.detente.ledger.LedgerStore;
import org.detente.ledger.StatementOfPosition;
import org.detente.model.DatePrecision;
import org.detente.model.Dyad;
import org.detente.model.HistoricalDate;
import org.detente.state.Projector;
import org.detente.store.access.IssuedToken;
import org.detente.store.access.Principal;
import org.detente.store.access.Role;
import org.detente.store.access.TokenException;
import org.detente.store.access.TokenInfo;
import org.detente.store.access.TokenStore;
import org.detente.store.audit.AuditEvent;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;
import org.detente.store.format.EveryMeasure;
import org.detente.store.format.FormatProblem;
import org.detente.store.ledger.JdbcLedgerStore;
import org.detente.store.transfer.DatabaseTransfer;
import org.detente.store.transfer.TransferProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract, run against each database by a subclass that says how to get a fresh,
 * empty one: the ledger store's contract ({@link LedgerStoreContract}, shared with the in-memory
 * store) and what only a database does (the append-only trigger, seeding, backups, transfer,
 * tokens, audit). No mocks: every test talks to the real database.
 */
abstract class StorageSuite extends LedgerStoreContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-05-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<DetenteDatabase> opened = new ArrayList<>();

    @TempDir
    Path files;

    /** A database nobody has used yet, seeded on first open. */
    abstract DatabaseConfig freshDatabase();

    /** Whether the database refuses UPDATE and DELETE of entries by itself. */
    boolean refusesChangesToEntries() {
        return true;
    }

    DetenteDatabase open(DatabaseConfig config) {
        DetenteDatabase database = DetenteDatabase.open(config, CLOCK);
        opened.add(database);
        return database;
    }

    /** A fresh database holding the US–Russia definitions and no entries. */
    DetenteDatabase withDefinitions(DatabaseConfig config) {
        DetenteDatabase database = open(config.withoutSeed());
        database.ledger().saveDefinition(definition());
        return database;
    }

    /** The configuration each store of the contract was opened from, so it can be opened again. */
    private final java.util.Map<LedgerStore, DatabaseConfig> configs = new java.util.IdentityHashMap<>();

    @Override
    LedgerStore freshStore() {
        DatabaseConfig config = freshDatabase();
        LedgerStore store = withDefinitions(config).ledger();
        configs.put(store, config);
        return store;
    }

    @Override
    LedgerStore storeWithoutDefinitions() {
        return open(freshDatabase().withoutSeed()).ledger();
    }

    @Override
    LedgerStore reopened(LedgerStore store) {
        LedgerStore again = open(configs.get(store).withoutSeed()).ledger();
        configs.put(again, configs.get(store));
        return again;
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(DetenteDatabase::close);
    }

    @Test
    void the_database_itself_refuses_to_update_or_delete_an_entry() throws SQLException {
        DatabaseConfig config = freshDatabase();
        withDefinitions(config).ledger().append(US_RU, generated("h", 0, 2), OptionalLong.empty());

        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = raw.createStatement()) {
            if (refusesChangesToEntries()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE ledger_entries SET author = 'someone else'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM ledger_entries"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM ledger_entries WHERE author = 'editor-1'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void a_reader_opens_a_current_schema_without_running_the_migrations() throws SQLException {
        DatabaseConfig config = freshDatabase();
        open(config).close();
        // An applied script whose checksum no longer matches: Flyway refuses to migrate such a schema,
        // so a reader that opens it has not run Flyway.
        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = raw.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'"))
                    .isEqualTo(1);
        }

        DetenteDatabase reader = DetenteDatabase.open(config, CLOCK, DetenteDatabase.Schema.MIGRATE_WHEN_BEHIND);
        opened.add(reader);

        assertThat(reader.ledger().entries(US_RU)).isNotEmpty();
        assertThatThrownBy(() -> open(config)).isInstanceOf(StorageException.class).hasMessageContaining("migrate");
    }

    @Test
    void a_reader_of_a_new_database_migrates_and_seeds_it_first() {
        DatabaseConfig config = freshDatabase();

        DetenteDatabase reader = DetenteDatabase.open(config, CLOCK, DetenteDatabase.Schema.MIGRATE_WHEN_BEHIND);
        opened.add(reader);

        assertThat(reader.ledger().entries(US_RU)).isNotEmpty();
        assertThat(open(config).ledger().entries(US_RU)).hasSameSizeAs(reader.ledger().entries(US_RU));
    }

    void the_first_start_loads_the_bundled_dataset_and_a_second_start_loads_nothing() {
        DatabaseConfig config = freshDatabase();
        Dataset bundled = BundledDatasets.read("us-ru");

        DetenteDatabase first = open(config);
        List<Entry> afterFirst = first.ledger().entries(US_RU);
        int auditAfterFirst = first.audit().list(10_000).size();
        first.close();
        DetenteDatabase second = open(config);

        assertThat(afterFirst).hasSize(bundled.entries().size());
        for (int i = 0; i < afterFirst.size(); i++) {
            assertThat(afterFirst.get(i)).isEqualTo(bundled.entries().get(i).withSequence(i + 1L));
        }
        assertThat(second.ledger().definition(US_RU)).contains(bundled.definition());
        assertThat(second.ledger().entries(US_RU)).isEqualTo(afterFirst);
        assertThat(second.audit().list(10_000)).hasSize(auditAfterFirst);
        assertThat(second.seedBundledDatasets()).isEmpty();
        Map<String, String> documents = second.documents().all(US_RU);
        for (String name : DetenteDatabase.SEEDED_DOCUMENTS) {
            Optional<Path> file = BundledDatasets.folder("us-ru").map(folder -> folder.resolve(name))
                    .filter(Files::isRegularFile);
            assertThat(Optional.ofNullable(documents.get(name))).isEqualTo(file.map(StorageSuite::read));
        }
    }

    @Test
    void a_backup_restored_into_an_empty_database_gives_the_same_ledger_state_tokens_and_audit()
            throws IOException {
        DetenteDatabase original = open(freshDatabase());
        JdbcLedgerStore ledger = original.ledger().actingAs("editor-1");
        List<Entry> bundled = ledger.entries(US_RU);
        ledger.append(US_RU, List.of(retraction("k-fix", bundled.get(3))), OptionalLong.empty());
        original.documents().save(US_RU, "notes.yaml", "notes:\n  - first\n", "editor-1");
        original.tokens().create("reader", Role.VIEWER, "admin");
        IssuedToken editor = original.tokens().create("writer", Role.EDITOR, "admin");
        original.tokens().revoke("reader", "admin");
        Path backup = files.resolve("backup.yaml");

        new DatabaseTransfer(original, CLOCK).backup(backup);
        DetenteDatabase restored = open(freshDatabase().withoutSeed());
        new DatabaseTransfer(restored, CLOCK).restore(backup);

        List<Entry> before = original.ledger().entries(US_RU);
        List<Entry> after = restored.ledger().entries(US_RU);
        assertThat(after).isEqualTo(before);
        assertThat(restored.ledger().definition(US_RU)).isEqualTo(original.ledger().definition(US_RU));
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        assertThat(Projector.of(definition(), after).stateAsOf(asOf))
                .isEqualTo(Projector.of(definition(), before).stateAsOf(asOf));
        assertThat(restored.documents().all(US_RU)).isEqualTo(original.documents().all(US_RU));
        assertThat(restored.tokens().list()).isEqualTo(original.tokens().list());
        assertThat(restored.tokens().authenticate(editor.secret())).contains(new Principal("writer", Role.EDITOR));
        List<AuditEvent> originalAudit = original.audit().all();
        List<AuditEvent> restoredAudit = restored.audit().all();
        assertThat(restoredAudit.subList(0, originalAudit.size()))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .isEqualTo(originalAudit);
    }

    @Test
    void a_backup_of_200000_entries_restores_whole() {
        DatabaseConfig config = freshDatabase();
        DetenteDatabase original = withDefinitions(config);
        original.ledger().importEntries(US_RU, generated("big", 0, 200_000));
        Path backup = files.resolve("big-backup.yaml");

        DatabaseTransfer.ExportSummary written = new DatabaseTransfer(original, CLOCK).backup(backup);
        DetenteDatabase restored = open(freshDatabase().withoutSeed());
        DatabaseTransfer.ImportSummary summary = new DatabaseTransfer(restored, CLOCK).restore(backup);

        assertThat(written.entries()).isEqualTo(200_000);
        assertThat(summary.added()).isEqualTo(200_000);
        assertThat(restored.ledger().lastSequence(US_RU)).isEqualTo(original.ledger().lastSequence(US_RU))
                .isEqualTo(200_000);
        assertThat(restored.ledger().entries(US_RU)).isEqualTo(original.ledger().entries(US_RU));
    }

    @Test
    void a_restore_into_a_database_that_holds_a_ledger_is_refused() {
        DetenteDatabase original = open(freshDatabase());
        Path backup = files.resolve("backup.yaml");
        new DatabaseTransfer(original, CLOCK).backup(backup);

        assertThatThrownBy(() -> new DatabaseTransfer(original, CLOCK).restore(backup))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty database");
    }

    @Test
    void an_export_imports_into_a_fresh_database_once_and_a_second_import_adds_nothing() {
        DetenteDatabase original = open(freshDatabase());
        Path export = files.resolve("us-ru.yaml");
        new DatabaseTransfer(original, CLOCK).export(List.of(US_RU), export);
        DetenteDatabase copy = open(freshDatabase().withoutSeed());
        DatabaseTransfer transfer = new DatabaseTransfer(copy, CLOCK);

        DatabaseTransfer.ImportSummary once = transfer.importFile(export, US_RU, "dataset");
        DatabaseTransfer.ImportSummary twice = transfer.importFile(export, US_RU, "dataset");

        int size = original.ledger().entries(US_RU).size();
        assertThat(once.added()).isEqualTo(size);
        assertThat(twice.added()).isZero();
        assertThat(twice.alreadyPresent()).isEqualTo(size);
        assertThat(copy.ledger().entries(US_RU)).isEqualTo(original.ledger().entries(US_RU));
        assertThat(copy.documents().all(US_RU)).isEqualTo(original.documents().all(US_RU));
    }

    @Test
    void an_export_whose_entries_come_before_the_definitions_imports_the_same_ledger() throws IOException {
        DetenteDatabase original = open(freshDatabase());
        Path export = files.resolve("us-ru.yaml");
        new DatabaseTransfer(original, CLOCK).export(List.of(US_RU), export);
        String text = Files.readString(export, StandardCharsets.UTF_8);
        int definitions = text.indexOf("\n- definitions:\n") + 1;
        int documents = text.indexOf("\n  documents:\n", definitions) + 1;
        int entries = text.indexOf("\n  entries:\n", documents) + 1;
        assertThat(definitions).isPositive();
        assertThat(documents).isGreaterThan(definitions);
        assertThat(entries).isGreaterThan(documents);
        Path reordered = files.resolve("entries-first.yaml");
        Files.writeString(reordered, text.substring(0, definitions) + "- entries:\n"
                + text.substring(entries + "  entries:\n".length()) + "  definitions:\n"
                + text.substring(definitions + "- definitions:\n".length(), documents)
                + text.substring(documents, entries), StandardCharsets.UTF_8);
        DetenteDatabase copy = open(freshDatabase().withoutSeed());

        DatabaseTransfer.ImportSummary summary = new DatabaseTransfer(copy, CLOCK).importFile(reordered, US_RU, "dataset");

        assertThat(summary.added()).isEqualTo(original.ledger().entries(US_RU).size());
        assertThat(copy.ledger().entries(US_RU)).isEqualTo(original.ledger().entries(US_RU));
    }

    @Test
    void a_ledger_file_with_a_bad_entry_adds_nothing_and_names_the_line_and_field() throws IOException {
        DetenteDatabase database = withDefinitions(freshDatabase());
        Path file = files.resolve("ledger.yaml");
        Files.writeString(file, String.join("\n",
                "entries:",
                "  - id: l-1",
                "    type: staff-expelled",
                "    actor: US",
                "    target: RU",
                "    occurredOn: 2030-01-02",
                "    count: 2",
                "    sources:",
                "      - { url: https://example.org/a, title: A, publisher: P, date: 2030-01-02 }",
                "  - id: l-2",
                "    type: retraction",
                "    actor: US",
                "    target: RU",
                "    occurredOn: 2030-01-03",
                "    retracts: nothing-like-this",
                "    reason: wrong",
                "    sources:",
                "      - { url: https://example.org/b, title: B, publisher: P, date: 2030-01-03 }",
                ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DatabaseTransfer(database, CLOCK).importFile(file, US_RU, "dataset"))
                .isInstanceOfSatisfying(TransferProblems.class, e -> assertThat(e.problems())
                        .containsExactly(new FormatProblem("ledger.yaml", 15, "entries[1].retracts",
                                "no entry with id 'nothing-like-this' (entry l-2)")));
        assertThat(database.ledger().lastSequence(US_RU)).isZero();
    }

    @Test
    void a_created_token_authenticates_its_principal_until_it_is_revoked() throws SQLException {
        DatabaseConfig config = freshDatabase();
        DetenteDatabase database = open(config.withoutSeed());
        TokenStore tokens = database.tokens();

        IssuedToken issued = tokens.create("ci-bot", Role.EDITOR, "admin");

        assertThat(Base64.getUrlDecoder().decode(issued.secret())).hasSize(32);
        assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.authenticate(issued.secret())).contains(new Principal("ci-bot", Role.EDITOR));
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThatThrownBy(() -> tokens.create("ci-bot", Role.VIEWER, "admin"))
                .isInstanceOf(TokenException.class).hasMessageContaining("already exists");
        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = raw.createStatement();
             ResultSet rows = sql.executeQuery("SELECT token_hash FROM api_tokens")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(sha256Hex(issued.secret())).doesNotContain(issued.secret());
        }

        TokenInfo revoked = tokens.revoke("ci-bot", "admin");

        assertThat(revoked.revokedAt()).contains(CLOCK.instant());
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.list()).containsExactly(revoked);
        assertThatThrownBy(() -> tokens.revoke("nobody", "admin")).isInstanceOf(TokenException.class)
                .hasMessageContaining("no token is named 'nobody'");
    }

    @Test
    void every_write_is_audited_with_who_what_and_when() {
        DetenteDatabase database = withDefinitions(freshDatabase());
        JdbcLedgerStore ledger = database.ledger().actingAs("alice");

        ledger.append(US_RU, generated("m", 0, 2), OptionalLong.empty());
        ledger.importEntries(US_RU, generated("m", 0, 3));
        database.tokens().create("bob", Role.VIEWER, "alice");
        database.audit().append("alice", "roadmap.viewed", "us-ru", "", "read by hand");

        List<AuditEvent> events = database.audit().list(5);
        assertThat(events).extracting(AuditEvent::action).containsExactly("roadmap.viewed", "token.created",
                "ledger.imported", "entry.appended", "entry.appended");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo("alice");
            assertThat(event.at()).isEqualTo(CLOCK.instant());
        });
        assertThat(events.get(4).entryId()).isEqualTo("m-0");
        assertThat(events.get(4).dyad()).isEqualTo("us-ru");
        assertThat(events.get(2).detail()).isEqualTo("added 1, already present 2, sequences 3-3");
    }

    @Test
    void entries_of_every_date_precision_in_the_edge_years_read_back_after_a_restart() {
        DatabaseConfig config = freshDatabase();
        JdbcLedgerStore ledger = withDefinitions(config).ledger();
        List<Entry> one = new ArrayList<>();
        List<Entry> batch = new ArrayList<>();
        for (DatePrecision precision : DatePrecision.values()) {
            for (int year : EveryMeasure.EDGE_YEARS) {
                HistoricalDate on = EveryMeasure.date(year, precision);
                one.add(EveryMeasure.entry("one-" + precision.name().toLowerCase(java.util.Locale.ROOT) + "-" + year, on, statement()));
                for (int copy = 0; copy < 3; copy++) {
                    batch.add(EveryMeasure.entry("batch-" + precision.name().toLowerCase(java.util.Locale.ROOT) + "-" + year + "-" + copy, on, statement()));
                }
            }
        }

        List<Entry> stored = new ArrayList<>();
        for (Entry entry : one) {
            stored.addAll(ledger.append(US_RU, List.of(entry), OptionalLong.empty()));
        }
        ledger.importEntries(US_RU, batch);

        JdbcLedgerStore restarted = open(config.withoutSeed()).ledger();
        List<Entry> read = restarted.entries(US_RU);
        assertThat(read).hasSize(one.size() + batch.size());
        assertThat(read.subList(0, one.size())).isEqualTo(stored);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(read.get(one.size() + i).withSequence(0)).isEqualTo(batch.get(i));
        }
        assertThat(restarted.unreadable()).isEmpty();
        assertThat(open(config.withoutSeed()).readinessProblems()).isEmpty();
    }

    @Test
    void a_stored_row_that_cannot_be_read_is_named_and_the_rest_of_its_ledger_still_reads_and_grows()
            throws Exception {
        DatabaseConfig config = freshDatabase();
        JdbcLedgerStore ledger = withDefinitions(config).ledger();
        ledger.append(US_RU, generated("r", 0, 3), OptionalLong.of(0));
        try (Connection raw = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement sql = raw.createStatement()) {
            // The form an older version stored for a year-only date before 1000.
            String json = "{\"id\":\"old-999\",\"sequence\":4,\"dyad\":\"us-ru\",\"type\":\"statement\","
                    + "\"actor\":\"US\",\"target\":\"RU\",\"occurredOn\":\"999\","
                    + "\"recordedAt\":\"2031-05-01T10:00:00Z\",\"author\":\"editor-1\",\"speaker\":\"S\","
                    + "\"position\":\"P\",\"confidence\":\"high\",\"sources\":[]}";
            sql.executeUpdate("INSERT INTO ledger_entries (dyad, seq, entry_id, entry_type, occurred_on, recorded_at, "
                    + "author, stored_at, entry_json) VALUES ('us-ru', 4, 'old-999', 'statement', DATE '0999-01-01', "
                    + "TIMESTAMP WITH TIME ZONE '2031-05-01 10:00:00+00', 'editor-1', "
                    + "TIMESTAMP WITH TIME ZONE '2031-05-01 10:00:00+00', '" + json + "')");
            sql.executeUpdate("UPDATE dyads SET last_seq = 4 WHERE dyad = 'us-ru'");
        }

        DetenteDatabase restarted = open(config.withoutSeed());
        List<Entry> read = restarted.ledger().entries(US_RU);
        List<Entry> appended = restarted.ledger().append(US_RU, List.of(generated("r", 3)), OptionalLong.of(4));

        assertThat(read).extracting(Entry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(appended).extracting(Entry::sequence).containsExactly(5L);
        assertThat(restarted.ledger().entries(US_RU)).extracting(Entry::sequence).containsExactly(1L, 2L, 3L, 5L);
        assertThat(restarted.ledger().unreadable()).singleElement().satisfies(row -> {
            assertThat(row.sequence()).isEqualTo(4);
            assertThat(row.entryId()).isEqualTo("old-999");
            assertThat(row.problem()).contains("occurredOn").contains("999");
        });
        assertThat(restarted.readinessProblems()).singleElement().asString().contains("old-999");
        assertThatThrownBy(() -> new DatabaseTransfer(restarted, CLOCK).backup(files.resolve("partial.yaml")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("old-999");
    }

    private static StatementOfPosition statement() {
        return new StatementOfPosition("Spokesperson", "A position, \"quoted\", é€", Optional.empty());
    }

    @Test
    void the_database_is_ready_while_open_and_not_after_it_is_closed() {
        DetenteDatabase database = DetenteDatabase.open(freshDatabase().withoutSeed(), CLOCK);

        assertThat(database.isReady()).isTrue();
        database.close();
        assertThat(database.isReady()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Dyad usRu() {
        return US_RU;
    }

    /** The SHA-256 of a text in lower-case hex, worked out here rather than asked of the store. */
    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
