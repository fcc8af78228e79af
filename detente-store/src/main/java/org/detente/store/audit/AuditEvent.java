package org.detente.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited write: its number in the log ({@code id}, 0 until the log keeps it), when, who
 * ({@code actor}, the token's name), what ({@code action} such as {@code entry.appended}), on which
 * dyad and entry ({@code ""} when none), and a detail in words (the measure type, or what a
 * retraction retracts and why). The application's audit port speaks it too, in memory as in the
 * database.
 */
public record AuditEvent(long id, Instant at, String actor, String action, String dyad, String entryId,
                         String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(action, "action is required");
        dyad = dyad == null ? "" : dyad;
        entryId = entryId == null ? "" : entryId;
        detail = detail == null ? "" : detail;
    }
}
