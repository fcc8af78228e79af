package org.detente.store.jdbc;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited write: when, who, what ({@code action} such as {@code entry.appended}), on which
 * dyad and entry ({@code ""} when none), and a detail in words.
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
