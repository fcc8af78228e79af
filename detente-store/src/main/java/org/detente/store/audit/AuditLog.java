package org.detente.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.detente.store.jdbc.Jdbc;

/**
 * The audit log: every write to the store is recorded here (by the store itself, in the write's
 * transaction) with who, when and what. Append-only like the ledger; an admin reads it with
 * {@link #list}.
 */
public final class AuditLog {
    /** Details longer than this are cut (the column holds 2000 characters). */
    private static final int MAX_DETAIL = 2000;
    private static final String INSERT = "INSERT INTO audit_log (logged_at, actor, action, dyad, entry_id, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a write done outside the store (e.g. by the HTTP layer). {@code dyad} and
     * {@code entryId} may be empty.
     */
    public AuditEvent append(String actor, String action, String dyad, String entryId, String detail) {
        return jdbc.inTransaction("write the audit log", c -> append(c, actor, action, dyad, entryId, detail));
    }

    /** The most recent events, newest first. */
    public List<AuditEvent> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return jdbc.read("read the audit log", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, logged_at, actor, action, dyad, entry_id, "
                    + "detail FROM audit_log ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, limit);
                return read(select);
            }
        });
    }

    /** Every event in the order it was logged (for backups). */
    public List<AuditEvent> all() {
        return jdbc.read("read the audit log", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, logged_at, actor, action, dyad, entry_id, "
                    + "detail FROM audit_log ORDER BY id")) {
                return read(select);
            }
        });
    }

    private static List<AuditEvent> read(PreparedStatement select) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                events.add(new AuditEvent(rows.getLong("id"), Jdbc.getInstant(rows, "logged_at"),
                        rows.getString("actor"), rows.getString("action"), rows.getString("dyad"),
                        rows.getString("entry_id"), rows.getString("detail")));
            }
        }
        return events;
    }

    /** Records a write in the caller's transaction: for the stores, whose writes log themselves. */
    public AuditEvent append(Connection c, String actor, String action, String dyad, String entryId, String detail)
            throws SQLException {
        return insert(c, new AuditEvent(0, now(), actor, action, dyad, entryId, detail));
    }

    /**
     * Inserts an event as given (its time kept; its id assigned), in the caller's transaction: for
     * appends and restores.
     */
    public AuditEvent insert(Connection c, AuditEvent event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, event);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                long id = keys.next() ? keys.getLong(1) : 0;
                return new AuditEvent(id, event.at(), event.actor(), event.action(), event.dyad(), event.entryId(),
                        event.detail());
            }
        }
    }

    /** Records many events of one write in the caller's transaction, as one batch. */
    public void appendAll(Connection c, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (AuditEvent event : events) {
                bind(insert, event);
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        Jdbc.setInstant(insert, 1, event.at());
        insert.setString(2, cut(event.actor(), 200));
        insert.setString(3, cut(event.action(), 60));
        insert.setString(4, event.dyad().isEmpty() ? null : event.dyad());
        insert.setString(5, event.entryId().isEmpty() ? null : event.entryId());
        insert.setString(6, cut(event.detail(), MAX_DETAIL));
    }

    /**
     * The time to stamp an event with, at the microsecond precision both databases keep; the
     * stores stamp their own rows with it too, so one clock dates a write and its event.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
