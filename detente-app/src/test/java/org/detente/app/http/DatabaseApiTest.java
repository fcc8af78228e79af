package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.detente.store.access.Role;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.jdbc.DatabaseConfig;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over the embedded H2 file database, as {@code detente serve} runs it. */
class DatabaseApiTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private record Server(DetenteDatabase database, Javalin app) implements AutoCloseable {
        static Server start(Path folder) {
            return start(DatabaseConfig.h2(folder));
        }

        static Server start(DatabaseConfig config) {
            DetenteDatabase database = DetenteDatabase.open(config);
            Javalin app = org.detente.app.server.DetenteServer.create(ApiServices.overDatabase(database, Clock.systemUTC(),
                    new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)), ApiSettings.defaults()).start("127.0.0.1", 0);
            return new Server(database, app);
        }

        String url(String path) {
            return "http://127.0.0.1:" + app.port() + path;
        }

        @Override
        public void close() {
            app.stop();
            database.close();
        }
    }

    private HttpResponse<String> get(Server server, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Server server, String path, String body, String token)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void entries_retractions_tokens_and_the_audit_survive_a_restart(@TempDir Path folder) throws Exception {
        String editor;
        String admin;
        String appendedId;
        String lastSequence;
        try (Server server = Server.start(folder)) {
            editor = server.database().tokens().create("eve", Role.EDITOR, "test").secret();
            admin = server.database().tokens().create("ada", Role.ADMIN, "test").secret();
            String viewer = server.database().tokens().create("vic", Role.VIEWER, "test").secret();
            String revoked = server.database().tokens().create("rex", Role.EDITOR, "test").secret();
            server.database().tokens().revoke("rex", "test");
            assertThat(get(server, "/health", null).body()).contains("\"database\":\"UP\"");
            assertThat(post(server, "/api/dyads/us-ru/ledger", EntryBodies.expulsion(6, "2025-05-06"), viewer).statusCode())
                    .isEqualTo(403);
            assertThat(post(server, "/api/dyads/us-ru/ledger", EntryBodies.expulsion(6, "2025-05-06"), revoked).statusCode())
                    .isEqualTo(401);

            HttpResponse<String> appended = post(server, "/api/dyads/us-ru/ledger", EntryBodies.expulsion(6, "2025-05-06"), editor);
            assertThat(appended.statusCode()).as(appended.body()).isEqualTo(201);
            appendedId = ApiFixture.JSON.readTree(appended.body()).get("id").asText();
            HttpResponse<String> retracted = post(server, "/api/dyads/us-ru/ledger/" + appendedId + "/retraction",
                    "{\"reason\": \"test entry\"}", editor);
            assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(201);
            lastSequence = get(server, "/api/dyads/us-ru/ledger?limit=1", null).headers().firstValue("ETag").orElseThrow();
        }

        try (Server server = Server.start(folder)) {
            HttpResponse<String> entry = get(server, "/api/dyads/us-ru/ledger/" + appendedId, null);
            assertThat(entry.statusCode()).isEqualTo(200);
            assertThat(ApiFixture.JSON.readTree(entry.body()).get("author").asText()).isEqualTo("eve");
            assertThat(get(server, "/api/dyads/us-ru/ledger?limit=1", null).headers().firstValue("ETag"))
                    .hasValue(lastSequence);
            assertThat(post(server, "/api/dyads/us-ru/ledger/" + appendedId + "/retraction", "{\"reason\": \"again\"}",
                    editor).statusCode()).isEqualTo(409);
            JsonNode events = ApiFixture.JSON.readTree(get(server, "/api/audit?limit=500", admin).body()).get("events");
            assertThat(events.findValuesAsText("entryId")).contains(appendedId);
            assertThat(events.get(0).get("who").asText()).isEqualTo("eve");
            assertThat(events.get(0).get("action").asText()).isEqualTo("entry.appended");
        }
    }

    @Test
    void over_the_database_concurrent_appends_against_one_version_store_exactly_one_and_rule_breaks_are_422s()
            throws Exception {
        try (Server server = Server.start(DatabaseConfig.h2InMemory("api-concurrency"))) {
            String editor = server.database().tokens().create("eve", Role.EDITOR, "test").secret();
            String seen = get(server, "/api/dyads/us-ru/ledger?limit=1", null).headers().firstValue("ETag").orElseThrow();
            int writers = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int count = i + 1;
                statuses.add(pool.submit(() -> {
                    go.await();
                    return client.send(HttpRequest.newBuilder(URI.create(server.url("/api/dyads/us-ru/ledger")))
                            .header("Authorization", "Bearer " + editor).header("If-Match", seen)
                            .POST(HttpRequest.BodyPublishers.ofString(EntryBodies.expulsion(count, "2025-05-07"))).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
            }
            go.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            pool.shutdown();

            assertThat(answers).containsOnly(201, 409);
            assertThat(answers.stream().filter(s -> s == 201)).hasSize(1);
            long last = Long.parseLong(seen.replace("\"", ""));
            assertThat(get(server, "/api/dyads/us-ru/ledger?limit=1", null).headers().firstValue("ETag"))
                    .hasValue("\"" + (last + 1) + "\"");
            HttpResponse<String> unknownMission = post(server, "/api/dyads/us-ru/ledger",
                    EntryBodies.withField(EntryBodies.expulsion(1, "2025-05-07"), "mission", "\"nowhere\""), editor);
            assertThat(unknownMission.statusCode()).as(unknownMission.body()).isEqualTo(422);
            assertThat(unknownMission.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=utf-8");
        }
    }

    @Test
    void a_year_before_1000_reads_back_after_a_restart_and_a_row_that_cannot_be_read_is_named_without_taking_the_dyad_down(
            @TempDir Path folder) throws Exception {
        String body = """
                {"type": "statement", "actor": "US", "target": "RU", "occurredOn": "0999",
                 "speaker": "A chronicler", "position": "An old position",
                 "sources": [{"url": "https://example.org/chronicle", "title": "A chronicle", "publisher": "Example",
                              "date": "0999-06-01"}]}
                """;
        String id;
        try (Server server = Server.start(folder)) {
            String editor = server.database().tokens().create("eve", Role.EDITOR, "test").secret();
            HttpResponse<String> appended = post(server, "/api/dyads/us-ru/ledger", body, editor);
            assertThat(appended.statusCode()).as(appended.body()).isEqualTo(201);
            id = ApiFixture.JSON.readTree(appended.body()).get("id").asText();
        }
        try (Server server = Server.start(folder)) {
            HttpResponse<String> entry = get(server, "/api/dyads/us-ru/ledger/" + id, null);
            assertThat(entry.statusCode()).as(entry.body()).isEqualTo(200);
            assertThat(ApiFixture.JSON.readTree(entry.body()).get("occurredOn").asText()).isEqualTo("0999");
            assertThat(get(server, "/health", null).statusCode()).isEqualTo(200);
            try (java.sql.Connection raw = java.sql.DriverManager.getConnection(
                    server.database().config().url(), "sa", "");
                 java.sql.Statement sql = raw.createStatement()) {
                long last = server.database().ledger().lastSequence(org.detente.model.Dyad.parse("us-ru"));
                sql.executeUpdate("INSERT INTO ledger_entries (dyad, seq, entry_id, entry_type, occurred_on, "
                        + "recorded_at, author, stored_at, entry_json) VALUES ('us-ru', " + (last + 1) + ", "
                        + "'garbled', 'statement', DATE '2020-01-01', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', "
                        + "'x', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', '{\"id\": \"garbled\"}')");
                sql.executeUpdate("UPDATE dyads SET last_seq = " + (last + 1) + " WHERE dyad = 'us-ru'");
            }
        }
        try (Server server = Server.start(folder)) {
            HttpResponse<String> health = get(server, "/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
            assertThat(get(server, "/api/dyads/us-ru/state", null).statusCode()).isEqualTo(200);
            assertThat(get(server, "/api/dyads/us-ru/ledger/" + id, null).statusCode()).isEqualTo(200);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new org.detente.app.cli.DetenteCli(org.detente.app.service.BundledWorkspace::new, Clock.systemUTC())
                .run(new String[] {"db", "check", "--db", DatabaseConfig.h2(folder).url() + ";USER=sa"},
                        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertThat(code).as(out + " " + err).isEqualTo(1);
        assertThat(err.toString()).contains("us-ru").contains("garbled");
    }
}
