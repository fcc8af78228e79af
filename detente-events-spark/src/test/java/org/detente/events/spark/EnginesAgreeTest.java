package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.reciprocity.PairMonth;
import org.detente.events.reciprocity.ReciprocityReport;
import org.detente.events.reciprocity.ReciprocityScan;
import org.detente.events.signals.MonthRange;
import org.detente.events.store.DuckDbEventStore;
import org.detente.model.Country;
import org.detente.testkit.gdelt.PlantedPair;
import org.detente.testkit.gdelt.SyntheticGdelt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same synthetic input through DuckDB and Spark gives the same aggregates and the same report. */
class EnginesAgreeTest {
    @TempDir
    static Path dir;
    static List<Path> files;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        SyntheticGdelt generator = new SyntheticGdelt(11, SyntheticGdelt.countries(12), YearMonth.of(2016, 1), 36,
                List.of(new PlantedPair(Country.of("US"), Country.of("RU"), 1)), 0.3);
        files = generator.write(dir, 30_000, 3);
        spark = SparkReciprocityJob.localSession(2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void duckdb_and_spark_give_the_same_pair_month_aggregates_and_the_same_reciprocity_of_every_pair() {
        try (SparkPairMonths onSpark = new SparkPairMonths(spark, files.stream().map(Path::toString).toList());
             DuckDbEventStore onDuckDb = DuckDbEventStore.inMemory()) {
            onDuckDb.importFiles(files, EventFileReader.Progress.NONE);
            MonthRange period = onDuckDb.span().orElseThrow();
            assertThat(onSpark.span()).contains(period);

            List<PairMonth> fromDuckDb = new ArrayList<>();
            onDuckDb.forEachPairMonth(period, fromDuckDb::add);
            List<PairMonth> fromSpark = new ArrayList<>();
            onSpark.forEachPairMonth(period, fromSpark::add);
            assertThat(fromDuckDb.stream().mapToLong(PairMonth::events).sum()).isEqualTo(30_000);
            assertThat(fromSpark).isEqualTo(fromDuckDb);

            ReciprocityReport duckReport = new ReciprocityScan(onDuckDb, 6, 5).scan();
            ReciprocityReport sparkReport = new ReciprocityScan(onSpark, 6, 5).scan();
            assertThat(sparkReport).isEqualTo(duckReport);
            assertThat(sparkReport.pairs()).hasSize(12 * 11);
            assertThat(sparkReport.topReciprocating().get(0).direction()).isEqualTo("US→RU");
            assertThat(sparkReport.topReciprocating().get(0).bestLag()).isEqualTo(1);

            // a shorter period leaves the other months out of every pair's series, on both engines
            MonthRange middle = new MonthRange(period.from().plusMonths(6), period.to().minusMonths(6));
            assertThat(new ReciprocityScan(onSpark, 3, 5).scan(middle))
                    .isEqualTo(new ReciprocityScan(onDuckDb, 3, 5).scan(middle));
            assertThat(onSpark.reciprocity(middle).get(0).months()).isEqualTo(24);
        }
    }

    @Test
    void gdelt_zip_files_and_plain_files_in_one_folder_give_the_same_report_as_the_plain_files(
            @TempDir Path mixed) throws Exception {
        // the first two files zipped as GDELT publishes them (one entry each), the third left plain
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (i < 2) {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(
                        mixed.resolve(file.getFileName() + ".zip")))) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            } else {
                Files.copy(file, mixed.resolve(file.getFileName()));
            }
        }
        Files.writeString(mixed.resolve("_SUCCESS"), "");

        try (SparkPairMonths plain = new SparkPairMonths(spark, files.stream().map(Path::toString).toList());
             SparkPairMonths zippedAndPlain = new SparkPairMonths(spark, List.of(mixed.toString()))) {
            List<PairMonth> expected = new ArrayList<>();
            List<PairMonth> actual = new ArrayList<>();
            MonthRange period = plain.span().orElseThrow();
            plain.forEachPairMonth(period, expected::add);
            zippedAndPlain.forEachPairMonth(period, actual::add);

            assertThat(actual.stream().mapToLong(PairMonth::events).sum()).isEqualTo(30_000);
            assertThat(actual).isEqualTo(expected);
            assertThat(new ReciprocityScan(zippedAndPlain, 6, 5).scan()).isEqualTo(new ReciprocityScan(plain, 6, 5).scan());
        }
    }

    @Test
    void a_path_that_matches_no_file_is_refused_with_the_path_named(@TempDir Path empty) {
        String missing = empty.resolve("no-such-*.CSV").toString();

        assertThatThrownBy(() -> new SparkPairMonths(spark, List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing);
    }

    @Test
    void a_closed_engine_frees_the_tables_it_kept_in_memory() {
        try (SparkPairMonths onSpark = new SparkPairMonths(spark, files.stream().map(Path::toString).toList())) {
            assertThat(onSpark.span()).isPresent();
            assertThat(spark.sparkContext().getPersistentRDDs().size()).isEqualTo(1);
        }
        assertThat(spark.sparkContext().getPersistentRDDs().size()).isZero();
    }
}
