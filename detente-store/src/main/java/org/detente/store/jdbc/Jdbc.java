package org.detente.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Transactions and the few conversions every table needs, so each store reads as its SQL. Public
 * for the stores of the sibling packages (ledger, access, audit, transfer), which share one per
 * database; nothing outside the store uses it (ArchitectureTest).
 */
public final class Jdbc {
    private final DataSource dataSource;
    private final boolean syncAfterCommit;
    /** Commits finished by this process, counted so that one device sync can cover several. */
    private final AtomicLong commits = new AtomicLong();
    private final Object syncing = new Object();
    private long synced;

    /**
     * @param syncAfterCommit whether a commit returns only once the database has forced its file
     *                        to the device ({@code CHECKPOINT SYNC}): H2 writes a commit to the
     *                        operating system but does not fsync it (docs/decisions/0004)
     */
    public Jdbc(DataSource dataSource, boolean syncAfterCommit) {
        this.dataSource = dataSource;
        this.syncAfterCommit = syncAfterCommit;
    }

    /** A unit of work on one connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed (and, where asked, forced to the device)
     * when it returns, rolled back when it throws (the exception is passed on; an
     * {@link SQLException} as a {@link StorageException}).
     */
    public <T> T inTransaction(String what, Work<T> work) {
        Committed<T> committed = committed(what, work);
        awaitDevice(what, committed);
        return committed.value();
    }

    /** What a transaction answered, and the number of its commit for {@link #awaitDevice}. */
    public record Committed<T>(T value, long commit) {
    }

    /**
     * Runs {@code work} in one transaction and commits it, without waiting for the device: the
     * caller must {@link #awaitDevice} before it tells anyone the write is done. Lets a caller
     * release its own locks first, so that writers queued behind it share the next sync.
     */
    public <T> Committed<T> committed(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return new Committed<>(result, commits.incrementAndGet());
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns once the commit is on the device (at once when this database needs no sync). One
     * sync at a time; a commit that finished while another thread's sync was running waits for
     * it and is covered by the next, so concurrent writers share syncs (group commit).
     */
    public void awaitDevice(String what, Committed<?> committed) {
        if (!syncAfterCommit) {
            return;
        }
        synchronized (syncing) {
            if (synced >= committed.commit()) {
                return;
            }
            long covered = commits.get();
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new StorageException("cannot " + what + ": the commit was not forced to the device: "
                        + e.getMessage(), e);
            }
            synced = covered;
        }
    }

    /** Runs a read on a connection of its own (a single statement needs no explicit transaction). */
    public <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant getInstant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
