package org.detente.app.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One write, as the audit keeps it: when, who, what action ({@code entry.appended}, as the JDBC
 * store names it), on which dyad and entry, and a detail in words (the measure type, or what a
 * retraction retracts and why).
 */
public record AuditEvent(Instant at, String who, String action, String dyad, String entryId, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(who, "who is required");
        Objects.requireNonNull(action, "action is required");
        dyad = dyad == null ? "" : dyad;
        entryId = entryId == null ? "" : entryId;
        detail = detail == null ? "" : detail;
    }
}
