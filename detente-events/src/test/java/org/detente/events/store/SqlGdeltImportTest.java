package org.detente.events.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.detente.events.Fixtures;
import org.detente.events.RealEventData;
import org.detente.events.cameo.CameoTable;
import org.detente.events.ingest.EventFileLayout;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.EventRecord;
import org.detente.events.ingest.FileImport;
import org.detente.events.ingest.ImportReport;
import org.detente.model.Country;
import org.detente.testkit.gdelt.PlantedPair;
import org.detente.testkit.gdelt.SyntheticGdelt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's own reader takes clean GDELT files and stores exactly what the row-by-row reader would. */
class SqlGdeltImportTest {

    @Test
    void duckdb_stages_a_clean_file_and_leaves_a_file_with_malformed_rows_to_the_row_by_row_reader(@TempDir Path dir)
            throws Exception {
        Path clean = synthetic(dir, 2_000);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            SqlGdeltImport.prepare(connection);
            assertThat(SqlGdeltImport.stage(connection, clean, EventFileLayout.GDELT2)).hasValue(2_000);
            assertThat(SqlGdeltImport.stage(connection, Fixtures.file("gdelt2.export.CSV"), EventFileLayout.GDELT2))
                    .as("a file with a malformed row").isEmpty();
            assertThat(SqlGdeltImport.stage(connection, Fixtures.file("gdelt1-mixed.tsv"), EventFileLayout.GDELT1))
                    .as("a file with malformed rows").isEmpty();
        }
    }

    @Test
    void duckdb_stages_the_shared_real_gdelt_files_with_their_mix_of_57_and_58_columns() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            SqlGdeltImport.prepare(connection);
            assertThat(SqlGdeltImport.stage(connection, RealEventData.file("gdelt/gdelt1-events-sample.tsv"),
                    EventFileLayout.GDELT1)).hasValue(710);
            assertThat(SqlGdeltImport.stage(connection, RealEventData.file("gdelt/20191024143000.export.CSV"),
                    EventFileLayout.GDELT2)).hasValue(2_111);
        }
    }

    @Test
    void synthetic_real_and_zipped_files_are_stored_row_for_row_as_the_line_parser_reads_them(@TempDir Path dir)
            throws Exception {
        Path synthetic = synthetic(dir, 3_000);
        Path zipped = dir.resolve("zipped.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zipped); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zipped.export.CSV"));
            Files.copy(synthetic(dir.resolve("other"), 500), zip);
            zip.closeEntry();
        }
        List<Path> files = List.of(synthetic, zipped, RealEventData.file("gdelt/20191024143000.export.CSV"),
                RealEventData.file("gdelt/gdelt1-events-sample.tsv"));
        Path db = dir.resolve("events.duckdb");
        ImportReport report;
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            report = store.importFiles(files, EventFileReader.Progress.NONE);
        }

        List<String> expected = new ArrayList<>();
        EventFileReader reader = new EventFileReader(CameoTable.standard());
        for (int i = 0; i < files.size(); i++) {
            int fileId = i + 1;
            reader.read(files.get(i), event -> {
                if (event.isInterstate()) {
                    expected.add(row(fileId, event));
                }
            }, EventFileReader.Progress.NONE);
        }
        List<String> stored = new ArrayList<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM events")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= 14; c++) {
                    row.append(c == 1 ? "" : "|").append(rs.getObject(c));
                }
                stored.add(row.toString());
            }
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.files()).extracting(FileImport::kept).containsExactly(3_000L, 500L, 422L, 125L);
        assertThat(report.rowsRead()).isEqualTo(3_000 + 500 + 2_111 + 710);
        assertThat(report.rowsRejected()).isZero();
    }

    private static String row(int fileId, EventRecord e) {
        return fileId + "|" + e.source().code() + "|" + e.eventId() + "|" + e.day() + "|" + e.monthIndex() + "|"
                + e.actor1().orElseThrow().code() + "|" + e.actor2().orElseThrow().code() + "|" + e.cameo() + "|"
                + e.quadClass() + "|" + e.goldsteinTenths() + "|"
                + (e.mentions().isPresent() ? e.mentions().getAsInt() : null) + "|"
                + (e.sources().isPresent() ? e.sources().getAsInt() : null) + "|"
                + (e.tone().isPresent() ? e.tone().getAsDouble() : null) + "|" + e.url().orElse(null);
    }

    private static Path synthetic(Path dir, long events) {
        return new SyntheticGdelt(7, SyntheticGdelt.countries(6), YearMonth.of(2015, 1), 24,
                List.of(new PlantedPair(Country.of("US"), Country.of("RU"), 1)), 0.1)
                .write(dir, events, 1).get(0);
    }
}
