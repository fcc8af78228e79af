package org.detente.events.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.detente.events.cameo.CameoTable;
import org.detente.events.ingest.EventFileLayout;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.EventRecord;
import org.detente.events.ingest.EventSource;
import org.detente.events.ingest.FileImport;
import org.detente.events.ingest.FileReport;
import org.detente.events.ingest.ImportReport;
import org.detente.events.reciprocity.PairMonth;
import org.detente.events.reciprocity.PairMonthSource;
import org.detente.events.signals.DirectionSeries;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.EventSignals;
import org.detente.events.signals.MonthRange;
import org.detente.events.signals.MonthlySignal;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.detente.model.Country;
import org.detente.model.Dyad;

/**
 * Events in an embedded DuckDB database. Each imported file is recorded by name and size, and a
 * file imported before is skipped (GDELT never rewrites a published file). Only acts of one state
 * towards another are kept. A GDELT file is read by DuckDB itself when every row has the strict
 * form {@link SqlGdeltImport} checks (fast, in parallel); otherwise, and for ICEWS, row by row
 * through {@link EventFileReader} and the appender, which reports malformed rows with their line.
 * Either way one file is one transaction. Not thread-safe: one store per thread, or share behind a lock.
 */
public final class DuckDbEventStore implements EventSignals, PairMonthSource, AutoCloseable {
    /** Where the store lives unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("data", "events.duckdb");
    /** The environment variable that names another file. */
    public static final String ENV_FILE = "DETENTE_EVENTS_DB";

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS event_files (
              file_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, size BIGINT NOT NULL, layout VARCHAR NOT NULL,
              rows_read BIGINT NOT NULL, rows_kept BIGINT NOT NULL, rows_rejected BIGINT NOT NULL,
              imported_at TIMESTAMP NOT NULL);
            CREATE TABLE IF NOT EXISTS events (
              file_id INTEGER NOT NULL, source VARCHAR NOT NULL, event_id BIGINT NOT NULL, day DATE NOT NULL,
              month_index INTEGER NOT NULL, actor1 VARCHAR NOT NULL, actor2 VARCHAR NOT NULL, cameo VARCHAR NOT NULL,
              quad TINYINT NOT NULL, goldstein_tenths INTEGER NOT NULL, mentions INTEGER, sources INTEGER,
              tone DOUBLE, url VARCHAR);
            CREATE TABLE IF NOT EXISTS suggestion_decisions (
              id VARCHAR PRIMARY KEY, dyad VARCHAR NOT NULL, decision VARCHAR NOT NULL, entry_id VARCHAR,
              decided_by VARCHAR NOT NULL, decided_at TIMESTAMP NOT NULL);
            """;

    private final String name;
    private final Connection connection;
    private final CameoTable table;

    private DuckDbEventStore(String name, Connection connection, CameoTable table) {
        this.name = name;
        this.connection = connection;
        this.table = table;
    }

    /** Opens (creating it and its folder when absent) the store in {@code file}. */
    public static DuckDbEventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return init(file.toString(), DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        } catch (java.io.IOException | SQLException e) {
            throw new EventStoreException("cannot open the event store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store for reading only: other processes may read it at the same time, and
     * nothing is created. Fails (an {@link EventStoreException}) while a process holds it for writing.
     */
    public static DuckDbEventStore openReadOnly(Path file) {
        try {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("duckdb.read_only", "true");
            return new DuckDbEventStore(file.toString(),
                    DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties),
                    CameoTable.standard());
        } catch (SQLException e) {
            throw new EventStoreException("cannot open the event store " + file + " for reading: " + e.getMessage(), e);
        }
    }

    /** A store in memory, gone when closed. */
    public static DuckDbEventStore inMemory() {
        try {
            return init("memory", DriverManager.getConnection("jdbc:duckdb:"));
        } catch (SQLException e) {
            throw new EventStoreException("cannot open an event store in memory: " + e.getMessage(), e);
        }
    }

    /** The file named by {@value #ENV_FILE}, else {@link #DEFAULT_FILE}; {@code option} wins over both. */
    public static Path location(Map<String, String> environment, String option) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnvironment = environment.get(ENV_FILE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_FILE : Path.of(fromEnvironment);
    }

    private static DuckDbEventStore init(String name, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA.split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        return new DuckDbEventStore(name, connection, CameoTable.standard());
    }

    /** The events held. */
    public long size() {
        return queryLong("SELECT count(*) FROM events");
    }

    /**
     * Imports files, each in its own transaction; a file imported before (same name and size) is
     * skipped, a file of the wrong layout is reported and skipped, malformed rows are counted.
     */
    public ImportReport importFiles(List<Path> files, EventFileReader.Progress progress) {
        List<FileImport> imports = new ArrayList<>();
        EventFileReader reader = new EventFileReader(table);
        for (Path file : files) {
            imports.add(importFile(reader, file, progress));
        }
        return new ImportReport(imports);
    }

    private FileImport importFile(EventFileReader reader, Path file, EventFileReader.Progress progress) {
        String fileName = file.getFileName().toString();
        try {
            long size = Files.size(file);
            try (PreparedStatement seen = connection.prepareStatement(
                    "SELECT rows_read, rows_kept, rows_rejected, layout FROM event_files WHERE name = ? AND size = ?")) {
                seen.setString(1, fileName);
                seen.setLong(2, size);
                try (ResultSet rs = seen.executeQuery()) {
                    if (rs.next()) {
                        FileReport previous = new FileReport(fileName,
                                Optional.of(EventFileLayout.valueOf(rs.getString(4))), 0, 0, 0,
                                List.of(), Optional.empty());
                        return new FileImport(previous, 0, 0, true);
                    }
                }
            }
            int fileId = (int) queryLong("SELECT coalesce(max(file_id), 0) + 1 FROM event_files");
            Optional<EventFileLayout> layout = EventFileReader.layoutOf(file);
            if (layout.isPresent() && layout.get() != EventFileLayout.ICEWS) {
                Optional<FileImport> fast = importWithSql(file, size, fileId, layout.get(), progress);
                if (fast.isPresent()) {
                    return fast.get();
                }
            }
            connection.setAutoCommit(false);
            long[] counts = new long[2];
            FileReport report;
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("main", "events")) {
                report = reader.read(file, event -> {
                    if (!event.isInterstate()) {
                        counts[1]++;
                        return;
                    }
                    counts[0]++;
                    append(appender, fileId, event);
                }, progress);
            }
            if (report.layout().isPresent()) {
                recordFile(fileId, fileName, size, report.layout().get(), report.rowsRead(), counts[0],
                        report.rowsRejected());
            }
            connection.commit();
            return new FileImport(report, counts[0], counts[1], false);
        } catch (java.io.IOException | SQLException | AppendFailure e) {
            rollbackQuietly();
            throw new EventStoreException("cannot import " + fileName + " into the event store " + name + ": "
                    + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway; the next call reports it
            }
        }
    }

    /**
     * Imports a GDELT file through DuckDB's own reader (see {@link SqlGdeltImport}): empty when a row
     * needs the row-by-row reader, which then reads the file and reports its malformed rows.
     */
    private Optional<FileImport> importWithSql(Path file, long size, int fileId, EventFileLayout layout,
                                               EventFileReader.Progress progress)
            throws java.io.IOException, SQLException {
        String fileName = file.getFileName().toString();
        Path plain = file;
        Path extracted = null;
        try {
            if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                extracted = Files.createTempFile("detente-events-", ".tsv");
                try (java.io.InputStream in = EventFileReader.openPlain(file)) {
                    Files.copy(in, extracted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                plain = extracted;
            }
            progress.update(fileName, 0, size, 0);
            SqlGdeltImport.prepare(connection);
            OptionalLong staged = SqlGdeltImport.stage(connection, plain, layout);
            if (staged.isEmpty()) {
                return Optional.empty();
            }
            long read = staged.getAsLong();
            connection.setAutoCommit(false);
            long kept = SqlGdeltImport.insert(connection, fileId,
                    (layout == EventFileLayout.GDELT1 ? EventSource.GDELT1 : EventSource.GDELT2).code());
            recordFile(fileId, fileName, size, layout, read, kept, 0);
            connection.commit();
            SqlGdeltImport.drop(connection);
            progress.update(fileName, size, size, read);
            return Optional.of(new FileImport(new FileReport(fileName, Optional.of(layout), read, read, 0, List.of(),
                    Optional.empty()), kept, read - kept, false));
        } finally {
            if (extracted != null) {
                Files.deleteIfExists(extracted);
            }
        }
    }

    private void recordFile(int fileId, String fileName, long size, EventFileLayout layout, long read, long kept,
                            long rejected) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event_files VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, fileId);
            insert.setString(2, fileName);
            insert.setLong(3, size);
            insert.setString(4, layout.name());
            insert.setLong(5, read);
            insert.setLong(6, kept);
            insert.setLong(7, rejected);
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void append(DuckDBAppender appender, int fileId, EventRecord event) {
        try {
            appender.beginRow()
                    .append(fileId)
                    .append(event.source().code())
                    .append(event.eventId())
                    .append(event.day())
                    .append(event.monthIndex())
                    .append(event.actor1().orElseThrow().code())
                    .append(event.actor2().orElseThrow().code())
                    .append(event.cameo())
                    .append((byte) event.quadClass())
                    .append((int) event.goldsteinTenths());
            if (event.mentions().isPresent()) {
                appender.append(event.mentions().getAsInt());
            } else {
                appender.appendNull();
            }
            if (event.sources().isPresent()) {
                appender.append(event.sources().getAsInt());
            } else {
                appender.appendNull();
            }
            if (event.tone().isPresent()) {
                appender.append(event.tone().getAsDouble());
            } else {
                appender.appendNull();
            }
            if (event.url().isPresent()) {
                appender.append(event.url().get());
            } else {
                appender.appendNull();
            }
            appender.endRow();
        } catch (SQLException e) {
            throw new AppendFailure(e);
        }
    }

    private static final class AppendFailure extends RuntimeException {
        AppendFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the import failed already; that failure is the one reported
        }
    }

    @Override
    public DyadSeries series(Dyad dyad, YearMonth from, YearMonth to) {
        MonthRange range = new MonthRange(from, to);
        Map<String, MonthlySignal> found = new HashMap<>();
        String sql = """
                SELECT actor1, month_index, count(*),
                       count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
                       count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4),
                       sum(goldstein_tenths), avg(tone)
                FROM events
                WHERE ((actor1 = ? AND actor2 = ?) OR (actor1 = ? AND actor2 = ?)) AND month_index BETWEEN ? AND ?
                GROUP BY actor1, month_index""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            String a = dyad.first().code();
            String b = dyad.second().code();
            query.setString(1, a);
            query.setString(2, b);
            query.setString(3, b);
            query.setString(4, a);
            query.setInt(5, range.fromIndex());
            query.setInt(6, range.toIndex());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long events = rs.getLong(3);
                    long tenths = rs.getLong(8);
                    double tone = rs.getDouble(9);
                    OptionalDouble toneMean = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(tone);
                    YearMonth month = MonthRange.month(rs.getInt(2));
                    found.put(rs.getString(1) + month, new MonthlySignal(month, events, rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), tenths / 10.0, OptionalDouble.of(tenths / 10.0 / events),
                            toneMean));
                }
            }
        } catch (SQLException e) {
            throw failure("read the series of " + dyad, e);
        }
        return new DyadSeries(dyad, from, to, direction(dyad.first(), dyad.second(), range, found),
                direction(dyad.second(), dyad.first(), range, found));
    }

    private static DirectionSeries direction(Country actor, Country target, MonthRange range,
                                             Map<String, MonthlySignal> found) {
        List<MonthlySignal> months = new ArrayList<>(range.size());
        for (YearMonth m = range.from(); !m.isAfter(range.to()); m = m.plusMonths(1)) {
            MonthlySignal signal = found.get(actor.code() + m);
            months.add(signal == null ? MonthlySignal.empty(m) : signal);
        }
        return new DirectionSeries(actor, target, months);
    }

    @Override
    public Optional<MonthRange> span(Dyad dyad) {
        String sql = "SELECT min(month_index), max(month_index) FROM events "
                + "WHERE (actor1 = ? AND actor2 = ?) OR (actor1 = ? AND actor2 = ?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, dyad.first().code());
            query.setString(2, dyad.second().code());
            query.setString(3, dyad.second().code());
            query.setString(4, dyad.first().code());
            return range(query);
        } catch (SQLException e) {
            throw failure("read the months of " + dyad, e);
        }
    }

    @Override
    public Optional<MonthRange> span() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT min(month_index), max(month_index) FROM events")) {
            return range(query);
        } catch (SQLException e) {
            throw failure("read the months of the events", e);
        }
    }

    private static Optional<MonthRange> range(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            int first = rs.getInt(1);
            if (rs.wasNull()) {
                return Optional.empty();
            }
            return Optional.of(new MonthRange(MonthRange.month(first), MonthRange.month(rs.getInt(2))));
        }
    }

    @Override
    public void forEachPairMonth(MonthRange period, Consumer<PairMonth> sink) {
        String sql = """
                SELECT actor1, actor2, month_index, count(*), sum(goldstein_tenths)
                FROM events WHERE month_index BETWEEN ? AND ?
                GROUP BY actor1, actor2, month_index
                ORDER BY least(actor1, actor2), greatest(actor1, actor2), actor1, month_index""";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, period.fromIndex());
            query.setInt(2, period.toIndex());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new PairMonth(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw failure("aggregate the events by pair and month", e);
        }
    }

    /** Events of either direction of {@code dyad} whose CAMEO code starts with one of {@code prefixes}, by day. */
    public List<StoredEvent> events(Dyad dyad, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return List.of();
        }
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < prefixes.size(); i++) {
            codes.append(i == 0 ? "" : " OR ").append("starts_with(cameo, ?)");
        }
        String sql = "SELECT source, event_id, day, actor1, actor2, cameo, mentions, url FROM events "
                + "WHERE ((actor1 = ? AND actor2 = ?) OR (actor1 = ? AND actor2 = ?)) AND (" + codes + ") "
                + "ORDER BY actor1, substr(cameo, 1, 2), day, event_id";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, dyad.first().code());
            query.setString(2, dyad.second().code());
            query.setString(3, dyad.second().code());
            query.setString(4, dyad.first().code());
            for (int i = 0; i < prefixes.size(); i++) {
                query.setString(5 + i, prefixes.get(i));
            }
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(new StoredEvent(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            Optional.ofNullable(rs.getString(8))));
                }
            }
            return events;
        } catch (SQLException e) {
            throw failure("read the events of " + dyad, e);
        }
    }

    /** An editor's decision on a suggestion, as stored. */
    public record Decision(String id, String dyad, String decision, Optional<String> entryId, String decidedBy,
                           Instant decidedAt) {
    }

    /** Every decision taken on the dyad's suggestions, by suggestion id. */
    public Map<String, Decision> decisions(Dyad dyad) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, dyad, decision, entry_id, decided_by, decided_at FROM suggestion_decisions WHERE dyad = ?")) {
            query.setString(1, dyad.id());
            Map<String, Decision> decisions = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    decisions.put(rs.getString(1), new Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
            return decisions;
        } catch (SQLException e) {
            throw failure("read the decisions on suggestions of " + dyad, e);
        }
    }

    /** Records a decision; a suggestion is decided once. */
    public void decide(Decision decision) {
        Objects.requireNonNull(decision, "decision is required");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO suggestion_decisions VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, decision.id());
            insert.setString(2, decision.dyad());
            insert.setString(3, decision.decision());
            insert.setString(4, decision.entryId().orElse(null));
            insert.setString(5, decision.decidedBy());
            insert.setTimestamp(6, Timestamp.from(decision.decidedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the decision on suggestion " + decision.id(), e);
        }
    }

    private long queryLong(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("run " + sql, e);
        }
    }

    private EventStoreException failure(String what, SQLException e) {
        return new EventStoreException("event store " + name + ": cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
