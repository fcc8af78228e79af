package org.detente.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.detente.app.service.InMemoryAuditor;
import org.detente.app.service.InMemoryAuthenticator;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.LedgerStore;
import org.detente.store.access.Principal;
import org.detente.store.access.Role;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;

/**
 * A running API over the bundled US–Russia dataset in memory, on a free port, with four tokens
 * (admin, editor, viewer, and a revoked one), and a real HTTP client to call it.
 */
final class ApiFixture implements AutoCloseable {
    static final String ADMIN = "admin-token";
    static final String EDITOR = "editor-token";
    static final String VIEWER = "viewer-token";
    static final String REVOKED = "revoked-token";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Dataset US_RU = BundledDatasets.read("us-ru");
    static final ObjectMapper JSON = new ObjectMapper();

    final LedgerStore store;
    final StoreWorkspace workspace;
    final InMemoryAuditor auditor = new InMemoryAuditor();
    final InMemoryAuthenticator tokens = new InMemoryAuthenticator();
    final Javalin app;
    final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    private ApiFixture(LedgerStore store, ApiSettings settings) {
        this(store, settings, null);
    }

    private ApiFixture(LedgerStore store, ApiSettings settings, java.nio.file.Path eventsDb) {
        this(store, settings, eventsDb, List.of(US_RU));
    }

    private ApiFixture(LedgerStore store, ApiSettings settings, java.nio.file.Path eventsDb, List<Dataset> datasets) {
        this.store = store;
        this.workspace = StoreWorkspace.seeded(store, datasets);
        tokens.issue(ADMIN, new Principal("ada", Role.ADMIN))
                .issue(EDITOR, new Principal("eve", Role.EDITOR))
                .issue(VIEWER, new Principal("vic", Role.VIEWER))
                .issue(REVOKED, new Principal("rex", Role.EDITOR));
        tokens.revoke(REVOKED);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ApiServices services = new ApiServices(workspace, LedgerService.auditedHere(workspace, clock, auditor), tokens, auditor,
                store::dyads, ServerMetrics.registry(), clock);
        this.app = (eventsDb == null ? org.detente.app.server.DetenteServer.create(services, settings)
                : org.detente.app.server.DetenteServer.create(services, settings, new org.detente.app.service.EventsDesk(eventsDb, clock)))
                .start("127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + app.port();
    }

    static ApiFixture start() {
        return new ApiFixture(new InMemoryLedgerStore(), ApiSettings.defaults());
    }

    static ApiFixture start(ApiSettings settings) {
        return new ApiFixture(new InMemoryLedgerStore(), settings);
    }

    /** The API with the news event data of the DuckDB file {@code eventsDb} (which may not exist). */
    static ApiFixture withEvents(java.nio.file.Path eventsDb) {
        return new ApiFixture(new InMemoryLedgerStore(), ApiSettings.defaults(), eventsDb);
    }

    /**
     * The API over a small ledger: the US–Russia definitions with only the bundled entries of
     * {@code ids} (recorded, as in the dataset, when their earliest source appeared), and no roadmap.
     */
    static ApiFixture withEntries(String... ids) {
        return withEntries(ApiSettings.defaults(), ids);
    }

    /** As {@link #withEntries(String...)}, with {@code settings}. */
    static ApiFixture withEntries(ApiSettings settings, String... ids) {
        List<String> wanted = List.of(ids);
        List<org.detente.ledger.Entry> entries = US_RU.entries().stream()
                .filter(e -> wanted.contains(e.id().value())).toList();
        if (entries.size() != wanted.size()) {
            throw new IllegalArgumentException("not every id is a bundled entry: " + wanted);
        }
        return new ApiFixture(new InMemoryLedgerStore(), settings, null,
                List.of(new Dataset(US_RU.definition(), entries, java.util.Map.of())));
    }

    /** The API over every bundled dataset (US–Russia first, so the tokens' audit and sizes are as above). */
    static ApiFixture withEveryBundledDataset() {
        List<Dataset> datasets = new java.util.ArrayList<>(List.of(US_RU));
        BundledDatasets.DYADS.stream().filter(name -> !name.equals("us-ru")).map(BundledDatasets::read)
                .forEach(datasets::add);
        return new ApiFixture(new InMemoryLedgerStore(), ApiSettings.defaults(), null, datasets);
    }

    static ApiFixture start(LedgerStore store) {
        return new ApiFixture(store, ApiSettings.defaults());
    }

    long ledgerSize() {
        return store.lastSequence(workspace.resolve("us-ru"));
    }

    Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    Response post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Response postBytes(String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
    }

    Response send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    @Override
    public void close() {
        app.stop();
    }

    /** What came back: status, content type, ETag and body. */
    record Response(int status, String contentType, String etag, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
