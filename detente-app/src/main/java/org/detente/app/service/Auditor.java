package org.detente.app.service;

import java.util.List;

/**
 * Keeps the record of every write and reads it back for an admin. Implementations: {@link
 * InMemoryAuditor}, and the JDBC audit log in production.
 */
public interface Auditor {
    void record(AuditEvent event);

    /** The most recent events, newest first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);
}
