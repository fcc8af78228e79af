package org.detente.app.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.detente.app.service.Auditor;
import org.detente.app.service.Authenticator;
import org.detente.app.service.DatabaseServices;
import org.detente.app.service.LedgerService;
import org.detente.app.service.Readiness;
import org.detente.app.service.StoreWorkspace;
import org.detente.store.database.DetenteDatabase;

/** Everything the API needs, built by whoever starts it (the serve command, or a test). */
public record ApiServices(StoreWorkspace workspace, LedgerService ledger, Authenticator authenticator, Auditor auditor,
                          Readiness readiness, PrometheusMeterRegistry metrics, Clock clock) {
    public ApiServices {
        Objects.requireNonNull(workspace, "workspace is required");
        Objects.requireNonNull(ledger, "ledger is required");
        Objects.requireNonNull(authenticator, "authenticator is required");
        Objects.requireNonNull(auditor, "auditor is required");
        Objects.requireNonNull(readiness, "readiness is required");
        Objects.requireNonNull(metrics, "metrics is required");
        Objects.requireNonNull(clock, "clock is required");
    }

    /** The services over a database: its ledgers, documents, tokens and audit log. */
    public static ApiServices overDatabase(DetenteDatabase database, Clock clock, PrometheusMeterRegistry metrics) {
        StoreWorkspace workspace = DatabaseServices.workspace(database);
        return new ApiServices(workspace, DatabaseServices.ledger(database, workspace, clock),
                DatabaseServices.authenticator(database.tokens()), DatabaseServices.auditor(database.audit()),
                DatabaseServices.readiness(database), metrics, clock);
    }
}
