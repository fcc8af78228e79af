package org.detente.app.service;

import java.time.Instant;
import java.util.Objects;

/**
 * One write, as the audit keeps it: when, who (name and role), what action, on which dyad and
 * entry, and a short detail (e.g. the measure type, or the reason of a retraction).
 */
public record AuditEvent(Instant at, String who, Role role, String action, String dyad, String entryId, long sequence,
                         String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at is required");
        Objects.requireNonNull(who, "who is required");
        Objects.requireNonNull(role, "role is required");
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(entryId, "entryId is required");
        detail = detail == null ? "" : detail;
    }
}
