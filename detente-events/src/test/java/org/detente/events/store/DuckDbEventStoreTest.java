package org.detente.events.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.detente.events.Fixtures;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.ImportReport;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.MonthlySignal;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
    private static final List<Path> FIXTURES = List.of(Fixtures.file("gdelt1-mixed.tsv"),
            Fixtures.file("gdelt2.export.CSV"), Fixtures.file("icews.tab"), Fixtures.file("wrong-layout.csv"));

    @Test
    void an_import_keeps_acts_between_two_states_and_counts_the_rest(@TempDir Path dir) {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("data/events.duckdb"))) {
            ImportReport report = store.importFiles(FIXTURES, EventFileReader.Progress.NONE);
            assertThat(report.rowsRead()).isEqualTo(10 + 7 + 5);
            assertThat(report.rowsRejected()).isEqualTo(3 + 1 + 1);
            assertThat(report.rowsSkipped()).as("actors that are regions, the USSR, blank or NA").isEqualTo(2 + 1 + 1);
            assertThat(report.rowsKept()).isEqualTo(5 + 5 + 3);
            assertThat(report.rejectedFiles()).singleElement()
                    .satisfies(f -> assertThat(f.file()).isEqualTo("wrong-layout.csv"));
            assertThat(store.size()).isEqualTo(13);
        }
    }

    @Test
    void a_file_imported_before_is_skipped_and_the_store_survives_a_restart(@TempDir Path dir) {
        Path file = dir.resolve("events.duckdb");
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.importFiles(FIXTURES, EventFileReader.Progress.NONE);
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            ImportReport again = store.importFiles(FIXTURES.subList(0, 1), EventFileReader.Progress.NONE);
            assertThat(again.files().get(0).alreadyImported()).isTrue();
            assertThat(again.rowsKept()).isZero();
            assertThat(store.size()).isEqualTo(13);
        }
    }

    @Test
    void the_series_of_a_dyad_gives_every_month_of_both_directions() {
        try (DuckDbEventStore store = DuckDbEventStore.inMemory()) {
            store.importFiles(FIXTURES, EventFileReader.Progress.NONE);
            Dyad usRu = Dyad.parse("us-ru");
            DyadSeries series = store.series(usRu, YearMonth.of(2019, 9), YearMonth.of(2019, 12));
            assertThat(series.forward().actor()).isEqualTo(Country.of("US"));
            assertThat(series.forward().months()).extracting(MonthlySignal::month).containsExactly(
                    YearMonth.of(2019, 9), YearMonth.of(2019, 10), YearMonth.of(2019, 11), YearMonth.of(2019, 12));
            MonthlySignal october = series.forward().months().get(1);
            assertThat(october.events()).isEqualTo(2);
            assertThat(october.verbalCooperation()).isEqualTo(2);
            assertThat(october.goldsteinSum()).isEqualTo(14.0);
            assertThat(october.goldsteinMean()).hasValue(7.0);
            assertThat(october.toneMean()).hasValue(2.0);
            MonthlySignal russianOctober = series.backward().months().get(1);
            assertThat(russianOctober.materialConflict()).isEqualTo(1);
            assertThat(russianOctober.goldsteinSum()).isEqualTo(-8.0);
            assertThat(series.forward().months().get(3)).isEqualTo(MonthlySignal.empty(YearMonth.of(2019, 12)));
            assertThat(store.span(usRu).orElseThrow().from()).isEqualTo(YearMonth.of(1982, 1));
        }
    }

    @Test
    void icews_events_have_no_tone_so_their_months_have_no_mean_tone() {
        try (DuckDbEventStore store = DuckDbEventStore.inMemory()) {
            store.importFiles(FIXTURES, EventFileReader.Progress.NONE);
            DyadSeries june = store.series(Dyad.parse("us-ru"), YearMonth.of(2018, 6), YearMonth.of(2018, 6));
            assertThat(june.forward().months().get(0).events()).isEqualTo(1);
            assertThat(june.forward().months().get(0).toneMean()).isEmpty();
            assertThat(june.backward().months().get(0).goldsteinSum()).isEqualTo(-0.1 * 0 + table036());
        }
    }

    private static double table036() {
        return org.detente.events.cameo.CameoTable.standard().find("036").orElseThrow().weight();
    }
}
