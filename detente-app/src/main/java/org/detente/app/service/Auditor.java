package org.detente.app.service;

import java.util.List;
import org.detente.store.audit.AuditEvent;

/**
 * Keeps the record of every write and reads it back for an admin, in the events of the JDBC audit
 * log (one shape wherever the audit is kept; see docs/decisions/0003-one-principal.md).
 * Implementations: {@link InMemoryAuditor}, and the JDBC audit log in production.
 */
public interface Auditor {
    /** Keeps {@code event}; its {@code id} is ignored, the audit numbers what it keeps. */
    void record(AuditEvent event);

    /** The most recent events, newest first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);
}
