package org.detente.app.service;

import java.util.ArrayList;
import java.util.List;
import org.detente.store.audit.AuditEvent;

/** An audit kept in memory, numbered from 1 as the database numbers it: for tests and for a server started without a database. */
public final class InMemoryAuditor implements Auditor {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(new AuditEvent(events.size() + 1, event.at(), event.actor(), event.action(), event.dyad(),
                event.entryId(), event.detail()));
    }

    @Override
    public synchronized List<AuditEvent> recent(int limit) {
        List<AuditEvent> newestFirst = new ArrayList<>(Math.min(limit, events.size()));
        for (int i = events.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(events.get(i));
        }
        return newestFirst;
    }
}
