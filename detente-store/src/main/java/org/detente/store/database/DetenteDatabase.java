package org.detente.store.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.model.Dyad;
import org.detente.store.access.TokenStore;
import org.detente.store.audit.AuditLog;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;
import org.detente.store.dataset.DatasetProblems;
import org.detente.store.dataset.DatasetReader;
import org.detente.store.format.ConsularCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.RoadmapCodec;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.Jdbc;
import org.detente.store.jdbc.StorageException;
import org.detente.store.ledger.DocumentStore;
import org.detente.store.ledger.JdbcLedgerStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database of détente, opened: a connection pool over a migrated schema, and the stores that
 * use it. The one entry point of this package:
 *
 * <pre>{@code
 * try (DetenteDatabase db = DetenteDatabase.open(DatabaseConfig.fromEnvironment(System.getenv(), null))) {
 *     JdbcLedgerStore ledger = db.ledger().actingAs(principal.name());
 *     ...
 * }
 * }</pre>
 *
 * <p>Opening migrates the schema (Flyway) and, when the configuration asks for it and a bundled
 * dyad is not stored yet, loads that bundled dataset — definitions, entries and the documents
 * {@code roadmap.yaml} and {@code consular.yaml} — in one transaction. A later start finds the dyad
 * and loads nothing. Thread-safe; close it once.
 */
public final class DetenteDatabase implements AutoCloseable {
    /** The documents of a bundled dataset that are stored as text. */
    public static final List<String> SEEDED_DOCUMENTS = List.of("roadmap.yaml", "consular.yaml");
    /** Who the audit log names for the first load of the bundled datasets. */
    public static final String SEED_ACTOR = "seed";
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final AuditLog audit;
    private final DocumentStore documents;
    private final JdbcLedgerStore ledger;
    private final TokenStore tokens;

    private DetenteDatabase(DatabaseConfig config, HikariDataSource dataSource, Clock clock) {
        this.config = config;
        this.dataSource = dataSource;
        Jdbc jdbc = new Jdbc(dataSource, config.isEmbeddedFile());
        this.audit = new AuditLog(jdbc, clock);
        this.documents = new DocumentStore(jdbc, audit);
        this.ledger = new JdbcLedgerStore(jdbc, audit, documents);
        this.tokens = new TokenStore(jdbc, audit);
    }

    /**
     * The versions of the migrations under {@code db/migration} (common and per vendor), in order.
     * A test keeps this list equal to the scripts, so a reader knows the schema is current without Flyway.
     */
    public static final List<String> SCHEMA_VERSIONS = List.of("1", "2");

    /** What opening does about the schema. */
    public enum Schema {
        /** Runs the migrations: Flyway checks the ones applied against the scripts and applies the new ones. */
        MIGRATE,
        /**
         * Reads the applied versions and runs the migrations only when the schema is behind (a new
         * database, or one of an earlier release). For commands that only read: the check is one
         * query, where Flyway's start-up is the better part of a short command's time.
         */
        MIGRATE_WHEN_BEHIND
    }

    /** Opens the database with the system clock. */
    public static DetenteDatabase open(DatabaseConfig config) {
        return open(config, Clock.systemUTC());
    }

    /**
     * Opens the database: pool, migrations, and the first load of the bundled datasets.
     *
     * @param clock stamps audit events, tokens and storage times
     * @throws StorageException when the database cannot be reached or migrated
     */
    public static DetenteDatabase open(DatabaseConfig config, Clock clock) {
        return open(config, clock, Schema.MIGRATE);
    }

    /**
     * Opens the database, treating the schema as {@code schema} says, then loads the bundled datasets
     * not stored yet (when the configuration asks for it).
     *
     * @throws StorageException when the database cannot be reached or migrated
     */
    public static DetenteDatabase open(DatabaseConfig config, Clock clock, Schema schema) {
        Objects.requireNonNull(config, "config is required");
        Objects.requireNonNull(clock, "clock is required");
        Objects.requireNonNull(schema, "schema is required");
        HikariDataSource dataSource = null;
        boolean current = false;
        if (schema == Schema.MIGRATE_WHEN_BEHIND) {
            dataSource = pool(config);
            current = isCurrent(dataSource);
        }
        if (!current && config.separateOwner()) {
            migrateAsOwner(config);
        }
        if (dataSource == null) {
            dataSource = pool(config);
        }
        try {
            if (!current && !config.separateOwner()) {
                migrate(dataSource, config.isPostgres() ? "postgresql" : "h2");
            }
            DetenteDatabase database = new DetenteDatabase(config, dataSource, clock);
            if (config.seed()) {
                database.seedBundledDatasets();
            }
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Whether Flyway's history records every version of {@link #SCHEMA_VERSIONS} as applied; false without a history. */
    private static boolean isCurrent(HikariDataSource dataSource) {
        java.util.Set<String> applied = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection(); java.sql.Statement sql = c.createStatement();
             java.sql.ResultSet rows = sql.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return false;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return applied.containsAll(SCHEMA_VERSIONS);
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("detente");
        hikari.setJdbcUrl(config.url());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
        if (config.isPostgres()) {
            // One multi-row INSERT per JDBC batch: the difference between ~10k and ~100k entries a second.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database " + config.describe() + ": " + rootMessage(e), e);
        }
    }

    /**
     * What the application's role may do when another role owns the schema: read everything,
     * append to the ledger and the audit log (never update or delete them), and keep the rows that
     * change (a dyad's last sequence and definitions, documents, tokens). Granted again at every
     * start, so a table added by a migration is covered.
     */
    private static final List<String> RUNTIME_GRANTS = List.of(
            "GRANT SELECT, INSERT ON ledger_entries, audit_log TO %1$s",
            "GRANT SELECT, INSERT, UPDATE ON dyads, documents, api_tokens TO %1$s",
            "GRANT SELECT ON flyway_schema_history TO %1$s",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1$s");

    /** Migrates as the owner role, then grants the application's role what it needs and nothing more. */
    private static void migrateAsOwner(DatabaseConfig config) {
        if (!config.user().matches("[a-z_][a-z0-9_]*")) {
            throw new StorageException("the application role '" + config.user() + "' must be a plain lower-case name"
                    + " when " + DatabaseConfig.ENV_OWNER_USER + " names a separate owner");
        }
        DatabaseConfig owner = new DatabaseConfig(config.url(), config.ownerUser(), config.ownerPassword(), false, 2,
                "", "");
        try (HikariDataSource ownerPool = pool(owner)) {
            migrate(ownerPool, "postgresql");
            try (Connection c = ownerPool.getConnection(); java.sql.Statement sql = c.createStatement()) {
                for (String grant : RUNTIME_GRANTS) {
                    sql.execute(grant.formatted(config.user()));
                }
            } catch (SQLException e) {
                throw new StorageException("cannot grant the application role its rights: " + e.getMessage(), e);
            }
        }
    }

    /** Migrates with the common scripts and those of the vendor (the append-only triggers differ). */
    private static void migrate(HikariDataSource dataSource, String vendor) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate the database: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /**
     * Loads each bundled dataset whose dyad is not stored yet; a dyad already stored is left as it is.
     *
     * @return the dyads loaded now
     */
    public List<Dyad> seedBundledDatasets() {
        List<Dyad> stored = ledger.dyads();
        List<Dyad> loaded = new java.util.ArrayList<>();
        for (String id : BundledDatasets.DYADS) {
            Dyad dyad = Dyad.parse(id);
            if (stored.contains(dyad)) {
                continue;
            }
            Dataset dataset = BundledDatasets.read(id);
            try {
                ledger.actingAs(SEED_ACTOR).importDyads(List.of(new JdbcLedgerStore.DyadContent(dataset.definition(),
                        dataset.entries(), bundledDocuments(id))), false, c -> null);
                loaded.add(dyad);
            } catch (StorageException e) {
                // Another process starting at the same moment may have created the dyad first.
                if (!ledger.dyads().contains(dyad)) {
                    throw e;
                }
            }
        }
        return loaded;
    }

    private static Map<String, String> bundledDocuments(String dyad) {
        return BundledDatasets.folder(dyad).map(DetenteDatabase::documentsOf).orElseGet(LinkedHashMap::new);
    }

    private static Map<String, String> documentsOf(Path folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : SEEDED_DOCUMENTS) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + folder + "/" + name, e);
                }
            }
        }
        return texts;
    }

    /**
     * Validates the dataset folder (definitions, every entry, and its roadmap and consular data
     * against them) and loads it in one transaction: definitions, the entries not stored yet and the
     * documents. Loading the same folder again adds nothing; a folder with any problem loads nothing.
     *
     * @param actor who the audit log names
     * @return what was imported (entries new and already present)
     * @throws DatasetProblems with every problem as {@code file:line: field: message}
     */
    public ImportResult loadDataset(Path folder, String actor) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Dataset> read = DatasetReader.read(folder, problems);
        if (read.isPresent()) {
            Dataset dataset = read.get();
            dataset.document("roadmap.yaml").ifPresent(tree -> RoadmapCodec.decodeAgainst(tree, "roadmap.yaml",
                    dataset.definition(), dataset.entries(), problems));
            dataset.document("consular.yaml").ifPresent(tree -> ConsularCodec.decode(tree, "consular.yaml",
                    dataset.definition(), problems));
        }
        if (read.isEmpty() || !problems.isEmpty()) {
            throw new DatasetProblems(problems);
        }
        Dataset dataset = read.get();
        return ledger.actingAs(actor).importDyads(List.of(new JdbcLedgerStore.DyadContent(dataset.definition(),
                dataset.entries(), documentsOf(folder))), false, c -> null).get(0);
    }

    /** The ledgers; writes are audited as {@code system} unless {@link JdbcLedgerStore#actingAs} names someone. */
    public JdbcLedgerStore ledger() {
        return ledger;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The stored documents of each dyad (name → the YAML text). */
    public DocumentStore documents() {
        return documents;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** For health checks: whether a connection can be had and answers within two seconds. */
    public boolean isReady() {
        if (dataSource.isClosed()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * For readiness checks: what keeps the database from serving every ledger in full — no
     * connection, or stored rows that cannot be read (each named). Empty when ready. Reads only
     * what is new since the last read of each ledger.
     */
    public List<String> readinessProblems() {
        if (!isReady()) {
            return List.of("the database " + config.describe() + " does not answer");
        }
        try {
            return ledger.unreadable().stream().map(u -> "unreadable ledger row " + u).toList();
        } catch (RuntimeException e) {
            return List.of("the ledgers cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
