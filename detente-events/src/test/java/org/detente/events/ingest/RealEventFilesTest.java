package org.detente.events.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.detente.events.RealEventData;
import org.detente.events.cameo.CameoTable;
import org.detente.model.Country;
import org.junit.jupiter.api.Test;

/** Facts of the shared real files, as PROVENANCE.md states them. */
class RealEventFilesTest {
    private final EventFileReader reader = new EventFileReader(CameoTable.standard());

    @Test
    void the_gdelt_2_file_has_2111_rows_of_61_columns_all_well_formed() {
        List<EventRecord> records = new ArrayList<>();
        FileReport report = reader.read(RealEventData.file("gdelt/20191024143000.export.CSV"), records::add,
                EventFileReader.Progress.NONE);
        assertThat(report.layout()).contains(EventFileLayout.GDELT2);
        assertThat(report.rowsRead()).isEqualTo(2111);
        assertThat(report.rowsRejected()).isZero();
        assertThat(records).allSatisfy(r -> assertThat(r.url()).isPresent());
        assertThat(records.get(0).eventId()).isEqualTo(881990832L);
        assertThat(records.get(0).actor2()).contains(Country.of("AU"));
    }

    @Test
    void the_gdelt_1_sample_has_509_daily_and_201_historical_rows() throws Exception {
        Map<Integer, Long> columns = Files.readAllLines(RealEventData.file("gdelt/gdelt1-events-sample.tsv")).stream()
                .collect(Collectors.groupingBy(l -> l.split("\t", -1).length, Collectors.counting()));
        assertThat(columns).containsExactlyInAnyOrderEntriesOf(Map.of(58, 509L, 57, 201L));
        List<EventRecord> records = new ArrayList<>();
        FileReport report = reader.read(RealEventData.file("gdelt/gdelt1-events-sample.tsv"), records::add,
                EventFileReader.Progress.NONE);
        assertThat(report.layout()).contains(EventFileLayout.GDELT1);
        assertThat(report.rowsRead()).isEqualTo(710);
        assertThat(report.rowsRejected()).isZero();
        assertThat(records.stream().filter(r -> r.url().isPresent())).hasSize(509);
    }

    @Test
    void every_gdelt_rows_goldstein_weight_equals_the_cameo_tables() {
        List<EventRecord> records = new ArrayList<>();
        reader.read(RealEventData.file("gdelt/20191024143000.export.CSV"), records::add, EventFileReader.Progress.NONE);
        reader.read(RealEventData.file("gdelt/gdelt1-events-sample.tsv"), records::add, EventFileReader.Progress.NONE);
        assertThat(records).hasSize(2111 + 710);
        CameoTable table = CameoTable.standard();
        assertThat(records).allSatisfy(r -> assertThat(r.goldstein()).as("event %d, CAMEO %s", r.eventId(), r.cameo())
                .isEqualTo(table.find(r.cameo()).orElseThrow().weight()));
    }

    @Test
    void the_icews_sample_has_3705_events_of_june_2018_all_with_known_cameo_codes() {
        List<EventRecord> records = new ArrayList<>();
        FileReport report = reader.read(RealEventData.file("icews/events.2018.sample.tab"), records::add,
                EventFileReader.Progress.NONE);
        assertThat(report.layout()).contains(EventFileLayout.ICEWS);
        assertThat(report.rowsRead()).isEqualTo(3705);
        assertThat(report.rowsRejected()).isZero();
        assertThat(records).allSatisfy(r -> assertThat(r.day().getMonthValue()).isEqualTo(6));
        assertThat(records.stream().filter(r -> r.actor1().equals(java.util.Optional.of(Country.of("RU")))
                && r.actor2().equals(java.util.Optional.of(Country.of("US"))))).isNotEmpty();
    }
}
