package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.store.jdbc.StoreFixtures.US_RU;
import static org.detente.store.jdbc.StoreFixtures.definition;
import static org.detente.store.jdbc.StoreFixtures.generated;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.detente.ledger.Entry;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.store.database.DetenteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement by hand, not part of the build: imports generated entries in one batch and prints
 * the rate. Run with {@code -Ddetente.perf=true} (and {@code -Ddetente.perf.entries=N}, default
 * 100000). It fails when the rate is under 50,000 entries a second.
 */
@EnabledIfSystemProperty(named = "detente.perf", matches = "true")
class ImportThroughputCheck {
    private static final int ENTRIES = Integer.getInteger("detente.perf.entries", 100_000);

    @TempDir
    Path folder;

    @Test
    void a_batch_import_on_h2_stores_at_least_fifty_thousand_entries_a_second() {
        measure("H2 file", DatabaseConfig.h2(folder).withoutSeed());
    }

    @Test
    void a_batch_import_on_postgresql_stores_at_least_fifty_thousand_entries_a_second() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE perf");
            }
            measure("PostgreSQL", DatabaseConfig.server("jdbc:postgresql://localhost:" + server.getPort() + "/perf",
                    "postgres", "postgres").withoutSeed());
        }
    }

    private static void measure(String name, DatabaseConfig config) {
        List<Entry> entries = generated("p", 0, ENTRIES);
        try (DetenteDatabase database = DetenteDatabase.open(config)) {
            database.ledger().saveDefinition(definition());
            long start = System.nanoTime();
            ImportResult result = database.ledger().importEntries(US_RU, entries);
            double seconds = (System.nanoTime() - start) / 1e9;
            long readStart = System.nanoTime();
            int read;
            try (DetenteDatabase again = DetenteDatabase.open(config)) {
                read = again.ledger().entries(US_RU).size();
            }
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            double rate = ENTRIES / seconds;
            System.out.printf("%s: imported %d entries in %.2f s = %.0f entries/s; cold read of all in %.2f s = %.0f/s%n",
                    name, result.added(), seconds, rate, readSeconds, read / readSeconds);
            assertThat(result.added()).isEqualTo(ENTRIES);
            assertThat(rate).isGreaterThanOrEqualTo(50_000);
        }
    }
}
