package org.detente.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.detente.model.Dyad;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.jdbc.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is one transaction on every store: {@code detente db import} killed with SIGKILL
 * while it writes leaves the database as it was — it opens, its ledger reads whole, no lock is
 * left behind — and the same import run again then succeeds.
 */
class ImportKillTest {
    private static final Dyad US_RU = Dyad.parse("us-ru");
    private static final int ENTRIES = 40_000;

    @TempDir
    Path folder;

    @Test
    void on_the_embedded_h2_file_an_import_killed_while_it_writes_leaves_the_ledger_as_it_was() throws Exception {
        Path data = folder.resolve("data");
        DatabaseConfig config = DatabaseConfig.h2(data);
        Path file = data.resolve(DatabaseConfig.H2_FILE + ".mv.db");
        Map<String, String> environment = Map.of("DETENTE_DATA_DIR", data.toString());
        killedMidWriteThenRetried(config, environment, growing(config, file));
    }

    @Test
    void on_the_embedded_h2_file_an_import_killed_while_it_writes_through_a_running_server_leaves_the_server_reading()
            throws Exception {
        Path data = folder.resolve("data");
        DatabaseConfig config = DatabaseConfig.h2(data);
        Path file = data.resolve(DatabaseConfig.H2_FILE + ".mv.db");
        Map<String, String> environment = Map.of("DETENTE_DATA_DIR", data.toString(),
                "DETENTE_EVENTS_DB", folder.resolve("events.duckdb").toString());
        BooleanSupplier writing = growing(config, file);
        Files.createDirectories(folder.resolve("work"));
        try (ServerProcess server = ServerProcess.start(folder.resolve("work"), environment)) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest state = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url("/api/dyads/us-ru/ledger?limit=1")))
                    .timeout(java.time.Duration.ofSeconds(20)).build();
            String version = client.send(state, java.net.http.HttpResponse.BodyHandlers.ofString()).headers()
                    .firstValue("ETag").orElseThrow();

            Process killed = ServerProcess.cli(folder, environment,
                    List.of("db", "import", ledgerFile(folder.resolve("ledger.yaml")).toString(), "--dyad", "us-ru"));
            boolean caughtWriting = waitFor(writing, killed);
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(caughtWriting).as("the import was caught writing before it finished").isTrue();

            java.net.http.HttpResponse<String> after = client.send(state,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).hasValue(version);
        }
    }

    /** Whether rows are being written: the file has grown 8 MB past the database as seeded. */
    private static BooleanSupplier growing(DatabaseConfig config, Path file) throws IOException {
        DetenteDatabase.open(config).close();
        long seeded = Files.size(file);
        return () -> {
            try {
                return Files.size(file) > seeded + 8L * 1024 * 1024;
            } catch (IOException e) {
                return false;
            }
        };
    }

    @Test
    void on_postgresql_an_import_killed_while_it_writes_leaves_the_ledger_as_it_was() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE killed");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/killed";
            Map<String, String> environment = Map.of("DETENTE_DB_URL", url, "DETENTE_DB_USER", "postgres",
                    "DETENTE_DB_PASSWORD", "postgres");
            killedMidWriteThenRetried(DatabaseConfig.server(url, "postgres", "postgres"), environment, () -> {
                try (Connection watch = postgres.getPostgresDatabase().getConnection();
                     Statement sql = watch.createStatement();
                     ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = 'killed' "
                             + "AND state = 'active' AND query LIKE 'COPY ledger_entries%'")) {
                    return rows.next() && rows.getInt(1) > 0;
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
        }
    }

    private void killedMidWriteThenRetried(DatabaseConfig config, Map<String, String> environment,
                                           BooleanSupplier writing) throws Exception {
        long before;
        try (DetenteDatabase database = DetenteDatabase.open(config)) {
            before = database.ledger().lastSequence(US_RU);
        }
        Path ledger = ledgerFile(folder.resolve("ledger.yaml"));
        List<String> arguments = List.of("db", "import", ledger.toString(), "--dyad", "us-ru");

        Process killed = ServerProcess.cli(folder, environment, arguments);
        boolean caughtWriting = waitFor(writing, killed);
        killed.destroyForcibly();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(caughtWriting).as("the import was caught writing before it finished").isTrue();

        try (DetenteDatabase reopened = DetenteDatabase.open(config.withoutSeed())) {
            assertThat(reopened.ledger().lastSequence(US_RU)).isEqualTo(before);
            assertThat(reopened.ledger().entries(US_RU)).hasSize((int) before);
            assertThat(reopened.readinessProblems()).isEmpty();
        }
        Process retried = ServerProcess.cli(folder, environment, arguments);
        String output = new String(retried.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(retried.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(retried.exitValue()).as(output).isZero();
        try (DetenteDatabase reopened = DetenteDatabase.open(config.withoutSeed())) {
            assertThat(reopened.ledger().lastSequence(US_RU)).isEqualTo(before + ENTRIES);
        }
    }

    private static boolean waitFor(BooleanSupplier condition, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** A plain ledger file of statements by the US, a day apart. */
    private static Path ledgerFile(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("entries:\n");
            for (int n = 0; n < ENTRIES; n++) {
                String day = java.time.LocalDate.of(2030, 1, 1).plusDays(n % 3000).toString();
                out.write("  - id: killed-import-" + n + "\n    type: statement\n    actor: US\n    target: RU\n"
                        + "    occurredOn: " + day + "\n    speaker: Spokesperson " + n + "\n"
                        + "    position: Position number " + n + " on the talks, written out at some length to make "
                        + "the rows of this import as large as real ones\n"
                        + "    sources:\n      - url: https://example.org/" + n + "\n        title: Report " + n + "\n"
                        + "        publisher: Example\n        date: " + day + "\n");
            }
        }
        return file;
    }
}
