package org.detente.app.web;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.app.http.ApiServices;
import org.detente.app.http.ApiSettings;
import org.detente.app.server.DetenteServer;
import org.detente.app.service.InMemoryAuditor;
import org.detente.app.service.InMemoryAuthenticator;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.store.access.Principal;
import org.detente.store.access.Role;
import org.detente.store.dataset.BundledDatasets;

/**
 * The server as {@code detente serve} builds it (API and pages), over the bundled US–Russia
 * dataset in memory, on a free loopback port, with an editor's and a viewer's token and the clock
 * fixed on 1 June 2025.
 */
final class DashboardServer implements AutoCloseable {
    static final String EDITOR = "editor-token";
    static final String VIEWER = "viewer-token";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    final InMemoryLedgerStore store = new InMemoryLedgerStore();
    final StoreWorkspace workspace;
    final Javalin app;
    final String base;

    DashboardServer(ApiSettings settings) {
        this(settings, null);
    }

    /** With the news event data of the DuckDB file {@code eventsDb} (null: the default location). */
    DashboardServer(ApiSettings settings, java.nio.file.Path eventsDb) {
        this(settings, eventsDb, List.of("us-ru"));
    }

    private DashboardServer(ApiSettings settings, java.nio.file.Path eventsDb, List<String> dyads) {
        workspace = StoreWorkspace.seeded(store, dyads.stream().map(BundledDatasets::read).toList());
        InMemoryAuthenticator tokens = new InMemoryAuthenticator();
        tokens.issue(EDITOR, new Principal("eve", Role.EDITOR)).issue(VIEWER, new Principal("vic", Role.VIEWER));
        InMemoryAuditor auditor = new InMemoryAuditor();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ApiServices services = new ApiServices(workspace, LedgerService.auditedHere(workspace, clock, auditor), tokens,
                auditor, store::dyads, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), clock);
        app = (eventsDb == null ? DetenteServer.create(services, settings)
                : DetenteServer.create(services, settings, new org.detente.app.service.EventsDesk(eventsDb, clock)))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    static DashboardServer start() {
        return new DashboardServer(ApiSettings.defaults());
    }

    /** The same server over every bundled dataset (the comparison page's reference cases). */
    static DashboardServer withEveryBundledDyad() {
        return new DashboardServer(ApiSettings.defaults(), null, BundledDatasets.DYADS);
    }

    /** Appends {@code json} through the API as the editor and answers the stored entry's id (201 or the test fails). */
    String append(String json) throws IOException, InterruptedException {
        HttpResponse<String> appended = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/dyads/us-ru/ledger"))
                        .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (appended.statusCode() != 201) {
            throw new AssertionError("append answered " + appended.statusCode() + ": " + appended.body());
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(appended.body());
        if (!id.find()) {
            throw new AssertionError("no id in " + appended.body());
        }
        return id.group(1);
    }

    long ledgerSize() {
        return workspace.lastSequence("us-ru");
    }

    @Override
    public void close() {
        app.stop();
    }
}
