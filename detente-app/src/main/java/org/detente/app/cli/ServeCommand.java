package org.detente.app.cli;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.detente.app.http.ApiServices;
import org.detente.app.http.ApiSettings;
import org.detente.app.http.ServerMetrics;
import org.detente.app.server.DetenteServer;
import org.detente.app.service.InMemoryAuditor;
import org.detente.app.service.InMemoryAuthenticator;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.app.usecase.UseCases;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.store.access.Principal;
import org.detente.store.access.Role;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.store.jdbc.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code detente serve}: the HTTP API. By default over the embedded H2 database (which loads the
 * bundled datasets on its first start); {@code --db} or {@code DETENTE_DB_URL} names another;
 * {@code --in-memory} serves the bundled datasets from memory, losing writes on exit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (JSON, problem+json errors, /api/docs, /health, /metrics) until stopped.")
final class ServeCommand implements Callable<Integer> {
    /** In {@code --in-memory} mode, a token with the role admin, named {@code admin}. */
    static final String ENV_ADMIN_TOKEN = "DETENTE_ADMIN_TOKEN";

    @ParentCommand
    DetenteCli cli;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database (default: DETENTE_DB_URL, else the H2 file in DETENTE_DATA_DIR, "
                    + "default data/detente).")
    String db;

    @Option(names = "--in-memory", description = "Serve the bundled datasets from memory, without a database; "
            + "writes are lost on exit. Set " + ENV_ADMIN_TOKEN + " to be able to write.")
    boolean inMemory;

    @Option(names = "--private-reads", description = "Require a token (any role) for reads too.")
    boolean privateReads;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address users reach the server at (e.g. behind a TLS proxy): the feeds' absolute "
                    + "links use it instead of the request's Host; an https:// address marks the session cookie Secure.")
    String publicUrl;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + " is not a port (0-65535)");
        }
        boolean secureCookies = publicUrl != null && secure(publicUrl);
        if (inMemory && db != null) {
            throw new UsageException("--in-memory and --db exclude each other");
        }
        PrometheusMeterRegistry metrics = ServerMetrics.registry();
        Clock clock = cli.clock();
        DetenteDatabase database = null;
        ApiServices services;
        String source;
        if (inMemory) {
            services = inMemory(clock, metrics, cli.environment());
            source = "memory (bundled datasets)";
        } else {
            DatabaseConfig config;
            try {
                config = DatabaseConfig.fromEnvironment(cli.environment(), db);
            } catch (IllegalArgumentException e) {
                // a URL or owner role the configuration refuses is the user's to fix, like --db elsewhere
                throw new UsageException("--db: " + e.getMessage());
            }
            try {
                database = DetenteDatabase.open(config, clock);
            } catch (StorageException e) {
                throw new UsageException(e.getMessage());
            }
            services = ApiServices.overDatabase(database, clock, metrics);
            source = config.describe();
        }
        // Read and project every ledger before listening, so that no first request waits for it.
        UseCases useCases = new UseCases(services.workspace());
        useCases.bases().warm().forEach((dyad, why) -> cli.err.println("dyad " + dyad + " is not ready: " + why));
        ApiSettings settings = ApiSettings.defaults().withReadsRequiringToken(privateReads)
                .withSecureCookies(secureCookies).withPublicUrl(publicUrl);
        Javalin app = DetenteServer.create(services, settings, new org.detente.app.service.EventsDesk(
                org.detente.events.store.DuckDbEventStore.location(cli.environment(), null), clock), useCases).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        DetenteDatabase opened = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (opened != null) {
                opened.close();
            }
            stopped.countDown();
        }, "detente-shutdown"));
        cli.out.println("détente serving " + String.join(", ", services.workspace().dyads()) + " from " + source
                + " at http://" + host + ":" + app.port() + " (API page: /api/docs)");
        cli.out.flush();
        stopped.await();
        return DetenteCli.EXIT_OK;
    }

    private static ApiServices inMemory(Clock clock, PrometheusMeterRegistry metrics, Map<String, String> environment) {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        StoreWorkspace workspace = StoreWorkspace.seeded(store,
                BundledDatasets.DYADS.stream().map(BundledDatasets::read).toList());
        InMemoryAuthenticator tokens = new InMemoryAuthenticator();
        String adminToken = environment.get(ENV_ADMIN_TOKEN);
        if (adminToken != null && !adminToken.isBlank()) {
            tokens.issue(adminToken.trim(), new Principal("admin", Role.ADMIN));
        }
        InMemoryAuditor auditor = new InMemoryAuditor();
        return new ApiServices(workspace, LedgerService.auditedHere(workspace, clock, auditor), tokens, auditor,
                store::dyads, metrics, clock);
    }


    /** Whether {@code url}, an absolute http(s) address, is https; a usage error naming --public-url otherwise. */
    static boolean secure(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new UsageException("--public-url " + url + " is not an http:// or https:// address with a host");
            }
            return scheme.equals("https");
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--public-url " + url + " is not an address: " + e.getReason());
        }
    }
}
