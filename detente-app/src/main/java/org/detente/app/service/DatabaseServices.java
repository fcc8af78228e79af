package org.detente.app.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.store.access.TokenStore;
import org.detente.store.audit.AuditEvent;
import org.detente.store.audit.AuditLog;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;

/**
 * The application's ports over the database: the workspace over its ledgers and stored
 * documents, tokens as the {@link Authenticator}, the audit log as the {@link Auditor}, and
 * writes through a store that audits them under the writer's name in the same transaction.
 */
public final class DatabaseServices {
    private DatabaseServices() {
    }

    /** The ledgers and the stored documents (roadmap, consular parameters) of every dyad. */
    public static StoreWorkspace workspace(DetenteDatabase database) {
        // Read when a dyad's ledger version is built, so a dyad loaded meanwhile (db load) comes with its roadmap.
        return new StoreWorkspace(database.ledger(), id -> {
            Map<String, Tree> parsed = new LinkedHashMap<>();
            database.documents().all(Dyad.parse(id)).forEach((name, text) -> parsed.put(name, TreeParser.yaml(text)));
            return parsed;
        });
    }

    /** Writes recorded by the token's name, audited by the database in the write's transaction. */
    public static LedgerService ledger(DetenteDatabase database, StoreWorkspace workspace, java.time.Clock clock) {
        return LedgerService.auditedByStore(workspace, clock, who -> database.ledger().actingAs(who));
    }

    public static Authenticator authenticator(TokenStore tokens) {
        return token -> {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            return tokens.authenticate(token);
        };
    }

    public static Auditor auditor(AuditLog log) {
        return new Auditor() {
            @Override
            public void record(AuditEvent event) {
                log.append(event.actor(), event.action(), event.dyad(), event.entryId(), event.detail());
            }

            @Override
            public List<AuditEvent> recent(int limit) {
                return log.list(limit);
            }
        };
    }

    /** Ready when a connection answers and every stored ledger row reads back. */
    public static Readiness readiness(DetenteDatabase database) {
        return () -> {
            List<String> problems = database.readinessProblems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("; ", problems));
            }
        };
    }
}
