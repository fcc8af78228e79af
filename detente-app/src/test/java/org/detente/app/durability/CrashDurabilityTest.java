package org.detente.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.detente.model.Dyad;
import org.detente.store.access.Role;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a 201 promises: the entry survives {@code kill -9} of the server. The server runs as a
 * process of its own; writers append over HTTP until the process is killed mid-burst; the
 * database is then opened again and every id that was answered 201 must be in the ledger. Several
 * rounds per store, each killing a server that has just acknowledged appends.
 */
class CrashDurabilityTest {
    private static final Dyad US_RU = Dyad.parse("us-ru");
    private static final int ROUNDS = 3;
    private static final int WRITERS = 8;
    private static final Duration BURST = Duration.ofMillis(2500);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    @Test
    void on_the_embedded_h2_file_every_acknowledged_append_survives_kill_minus_nine() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2(folder.resolve("data"));
        Map<String, String> environment = Map.of("DETENTE_DATA_DIR", folder.resolve("data").toString(),
                "DETENTE_EVENTS_DB", folder.resolve("events.duckdb").toString());
        survivesKills("h2", config, environment);
    }

    @Test
    void on_postgresql_every_acknowledged_append_survives_kill_minus_nine_of_the_server() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE crash");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/crash";
            Map<String, String> environment = Map.of("DETENTE_DB_URL", url, "DETENTE_DB_USER", "postgres",
                    "DETENTE_DB_PASSWORD", "postgres", "DETENTE_EVENTS_DB", folder.resolve("events.duckdb").toString());
            survivesKills("postgresql", DatabaseConfig.server(url, "postgres", "postgres"), environment);
        }
    }

    private void survivesKills(String store, DatabaseConfig config, Map<String, String> environment)
            throws Exception {
        Files.createDirectories(folder.resolve("work"));
        String token;
        try (DetenteDatabase database = DetenteDatabase.open(config)) {
            token = database.tokens().create("crash-writer", Role.EDITOR, "test").secret();
        }
        List<String> acknowledged = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> answered;
            try (ServerProcess server = ServerProcess.start(folder.resolve("work"), environment)) {
                answered = appendUntilKilled(server, token, "crash-" + round);
            }
            acknowledged.addAll(answered);
            try (DetenteDatabase reopened = DetenteDatabase.open(config.withoutSeed())) {
                Set<String> stored = reopened.ledger().entries(US_RU).stream().map(e -> e.id().value())
                        .collect(Collectors.toSet());
                answered.stream().filter(id -> !stored.contains(id)).forEach(lost::add);
                assertThat(reopened.ledger().unreadable()).isEmpty();
            }
            assertThat(answered).as("round " + round + " acknowledged appends before the kill").isNotEmpty();
        }
        System.out.printf("crash test on %s: %d kills, %d appends answered 201, %d lost%n", store, ROUNDS,
                acknowledged.size(), lost.size());
        assertThat(lost).as("appends answered 201 and missing after kill -9 on " + store).isEmpty();
    }

    /** Appends from several writers and kills the server while they are still sending; answers the ids acknowledged. */
    private List<String> appendUntilKilled(ServerProcess server, String token, String prefix) throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String writer = prefix + "-" + w;
            running.add(writers.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String id = writer + "-" + n;
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                        URI.create(server.url("/api/dyads/us-ru/ledger")))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20))
                                .POST(HttpRequest.BodyPublishers.ofString(statement(id))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.add(id);
                        } else if (!stop.get()) {
                            throw new AssertionError("append " + id + " answered " + response.statusCode() + ": "
                                    + response.body());
                        }
                    } catch (java.io.IOException e) {
                        return null; // the server is gone: this request was never acknowledged
                    }
                }
                return null;
            }));
        }
        Thread.sleep(BURST.toMillis());
        server.kill();
        stop.set(true);
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        return new ArrayList<>(acknowledged);
    }

    private static String statement(String id) {
        return EntryBodies.statement(id, "2025-05-06");
    }

}
