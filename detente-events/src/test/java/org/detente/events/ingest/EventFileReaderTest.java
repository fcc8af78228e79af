package org.detente.events.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.detente.events.Fixtures;
import org.detente.events.cameo.CameoTable;
import org.detente.model.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileReaderTest {
    private final EventFileReader reader = new EventFileReader(CameoTable.standard());

    private List<EventRecord> read(Path file, List<FileReport> report) {
        List<EventRecord> records = new ArrayList<>();
        report.add(reader.read(file, records::add, EventFileReader.Progress.NONE));
        return records;
    }

    @Test
    void a_gdelt_1_file_mixing_57_and_58_columns_is_read_and_its_malformed_rows_are_reported_with_their_line() {
        List<FileReport> reports = new ArrayList<>();
        List<EventRecord> records = read(Fixtures.file("gdelt1-mixed.tsv"), reports);
        FileReport report = reports.get(0);
        assertThat(report.layout()).contains(EventFileLayout.GDELT1);
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.rowsRejected()).isEqualTo(3);
        assertThat(report.firstRejections()).extracting(RowRejection::toString).containsExactly(
                "gdelt1-mixed.tsv line 6: SQLDATE '2018-04-02' is not a date (YYYYMMDD)",
                "gdelt1-mixed.tsv line 9: EventCode '999' is not a CAMEO event code",
                "gdelt1-mixed.tsv line 10: has 40 tab-separated columns; GDELT 1.0 rows have 57 or 58");
        EventRecord expulsion = records.get(0);
        assertThat(expulsion.source()).isEqualTo(EventSource.GDELT1);
        assertThat(expulsion.eventId()).isEqualTo(9001);
        assertThat(expulsion.actor1()).contains(Country.of("US"));
        assertThat(expulsion.actor2()).contains(Country.of("RU"));
        assertThat(expulsion.cameo()).isEqualTo("174");
        assertThat(expulsion.quadClass()).isEqualTo(4);
        assertThat(expulsion.goldstein()).isEqualTo(-5.0);
        assertThat(expulsion.mentions()).hasValue(40);
        assertThat(expulsion.sources()).hasValue(12);
        assertThat(expulsion.tone()).hasValue(-6.2);
        assertThat(expulsion.url()).contains("https://news.example.org/2018/03/26/us-expels-60");
        EventRecord historical = records.stream().filter(r -> r.eventId() == 1002).findFirst().orElseThrow();
        assertThat(historical.url()).as("57-column rows have no SOURCEURL").isEmpty();
        assertThat(historical.day()).hasToString("1982-01-03");
    }

    @Test
    void a_zipped_gdelt_2_file_gives_the_same_events_as_the_plain_one(@TempDir Path dir) throws IOException {
        Path plain = Fixtures.file("gdelt2.export.CSV");
        Path zipped = dir.resolve("gdelt2.export.CSV.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipped))) {
            zip.putNextEntry(new ZipEntry("gdelt2.export.CSV"));
            try (OutputStream ignored = null) {
                Files.copy(plain, zip);
            }
            zip.closeEntry();
        }
        List<FileReport> reports = new ArrayList<>();
        List<EventRecord> fromPlain = read(plain, reports);
        List<EventRecord> fromZip = read(zipped, reports);
        assertThat(fromZip).isEqualTo(fromPlain).hasSize(6);
        assertThat(reports.get(1).layout()).contains(EventFileLayout.GDELT2);
        assertThat(reports.get(1).firstRejections()).extracting(RowRejection::reason)
                .containsExactly("QuadClass 7 is not 1..4");
    }

    @Test
    void an_icews_file_is_read_after_its_header_with_weights_from_the_cameo_table() {
        List<FileReport> reports = new ArrayList<>();
        List<EventRecord> records = read(Fixtures.file("icews.tab"), reports);
        assertThat(reports.get(0).layout()).contains(EventFileLayout.ICEWS);
        assertThat(reports.get(0).rowsRead()).isEqualTo(5);
        assertThat(reports.get(0).firstRejections()).extracting(RowRejection::toString)
                .containsExactly("icews.tab line 6: Event Date '2018-06-31' is not a date (YYYY-MM-DD)");
        EventRecord sanctions = records.get(1);
        assertThat(sanctions.actor1()).contains(Country.of("US"));
        assertThat(sanctions.actor2()).contains(Country.of("RU"));
        assertThat(sanctions.goldstein()).isEqualTo(-8.0);
        assertThat(sanctions.quadClass()).isEqualTo(4);
        assertThat(sanctions.tone()).isEmpty();
        assertThat(records.get(3).actor1()).as("NA is no country").isEmpty();
    }

    @Test
    void a_file_of_another_layout_is_rejected_whole_naming_the_layouts_expected() {
        FileReport report = reader.read(Fixtures.file("wrong-layout.csv"), r -> { }, EventFileReader.Progress.NONE);
        assertThat(report.layout()).isEmpty();
        assertThat(report.rowsRead()).isZero();
        assertThat(report.fileProblem().orElseThrow())
                .startsWith("wrong-layout.csv line 1 has 1 tab-separated columns; expected one of: GDELT 1.0 event file "
                        + "(57 or 58 tab-separated columns, no header)")
                .contains("GDELT 2.0 event file (61 tab-separated columns, no header)")
                .contains("ICEWS event file");
    }
}
