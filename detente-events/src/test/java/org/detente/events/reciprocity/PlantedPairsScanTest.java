package org.detente.events.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.ImportReport;
import org.detente.events.store.DuckDbEventStore;
import org.detente.model.Country;
import org.detente.testkit.gdelt.PlantedPair;
import org.detente.testkit.gdelt.SyntheticGdelt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantedPairsScanTest {
    static final List<PlantedPair> PLANTED = List.of(
            new PlantedPair(Country.of("US"), Country.of("RU"), 1),
            new PlantedPair(Country.of("CN"), Country.of("IN"), 0),
            new PlantedPair(Country.of("IL"), Country.of("IR"), 2));

    static SyntheticGdelt generator() {
        return new SyntheticGdelt(7, SyntheticGdelt.countries(20), YearMonth.of(2015, 1), 48, PLANTED, 0.3);
    }

    @Test
    void the_scan_finds_every_planted_pair_at_its_lag_and_ranks_them_first(@TempDir Path dir) {
        List<Path> files = generator().write(dir, 60_000, 2);
        try (DuckDbEventStore store = DuckDbEventStore.inMemory()) {
            ImportReport report = store.importFiles(files, EventFileReader.Progress.NONE);
            assertThat(report.rowsKept()).isEqualTo(60_000);
            ReciprocityReport scan = new ReciprocityScan(store, 6, 6).scan();
            assertThat(scan.period().size()).isEqualTo(48);
            assertThat(scan.pairs()).hasSize(20 * 19);
            for (PlantedPair planted : PLANTED) {
                PairReciprocity pair = scan.pair(planted.actor().code(), planted.responder().code()).orElseThrow();
                assertThat(pair.bestLag()).as(pair.direction()).isEqualTo(planted.lagMonths());
                assertThat(pair.bestCorrelation().getAsDouble()).as(pair.direction()).isGreaterThan(0.6);
            }
            // A pair answering within the month (lag 0) correlates both ways, so CN and IN appear twice.
            assertThat(scan.topReciprocating().subList(0, 4)).extracting(PairReciprocity::direction)
                    .containsExactlyInAnyOrder("US→RU", "CN→IN", "IN→CN", "IL→IR");
            assertThat(scan.topReciprocating().get(4).bestCorrelation().getAsDouble()).isLessThan(0.5);
        }
    }
}
