package org.detente.events.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.ImportReport;
import org.detente.events.reciprocity.ReciprocityReport;
import org.detente.events.reciprocity.ReciprocityScan;
import org.detente.events.spark.SparkPairMonths;
import org.detente.events.spark.SparkReciprocityJob;
import org.detente.events.store.DuckDbEventStore;
import org.detente.model.Country;
import org.detente.testkit.gdelt.PlantedPair;
import org.detente.testkit.gdelt.SyntheticGdelt;

/**
 * Benchmarks of bench/events.sh. Each workload takes seconds, so a timed run in a JVM that has
 * started is the measure and the script repeats runs; the Spark scan repeats inside one session
 * (its first runs also pay for compiling Spark's code paths, which the JIT does on the spare core
 * of a {@code local[1]} run but takes from the task threads of a {@code local[2]} one). Modes:
 * {@code generate DIR EVENTS FILES}, {@code import DIR DB}, {@code scan-duckdb DB},
 * {@code scan-spark DIR THREADS [WARMUPS RUNS]} (prints every run and the median of the runs).
 */
public final class EventsBench {
    private EventsBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> {
                long start = System.nanoTime();
                List<Path> files = new SyntheticGdelt(42, SyntheticGdelt.countries(50), YearMonth.of(2000, 1), 240,
                        List.of(new PlantedPair(Country.of("US"), Country.of("RU"), 1),
                                new PlantedPair(Country.of("CN"), Country.of("IN"), 0),
                                new PlantedPair(Country.of("IL"), Country.of("IR"), 2)), 0.05)
                        .write(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
                report("generate", Long.parseLong(args[2]), start, files.size() + " files");
            }
            case "import" -> {
                List<Path> files;
                try (Stream<Path> listing = Files.list(Path.of(args[1]))) {
                    files = listing.filter(p -> p.toString().endsWith(".CSV")).sorted().toList();
                }
                Files.deleteIfExists(Path.of(args[2]));
                Files.deleteIfExists(Path.of(args[2] + ".wal"));
                try (DuckDbEventStore store = DuckDbEventStore.open(Path.of(args[2]))) {
                    long start = System.nanoTime();
                    ImportReport report = store.importFiles(files, EventFileReader.Progress.NONE);
                    report("import", report.rowsRead(), start, "kept " + report.rowsKept());
                }
            }
            case "scan-duckdb" -> {
                try (DuckDbEventStore store = DuckDbEventStore.open(Path.of(args[1]))) {
                    long start = System.nanoTime();
                    ReciprocityReport report = new ReciprocityScan(store).scan();
                    report("scan-duckdb", store.size(), start, summary(report));
                }
            }
            case "scan-spark" -> {
                int threads = Integer.parseInt(args[2]);
                int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 0;
                int runs = args.length > 4 ? Integer.parseInt(args[4]) : 1;
                SparkSession spark = SparkReciprocityJob.localSession(threads);
                try {
                    double[] seconds = new double[runs];
                    for (int run = -warmups; run < runs; run++) {
                        long start = System.nanoTime();
                        try (SparkPairMonths engine = new SparkPairMonths(spark, List.of(args[1]))) {
                            ReciprocityReport report = new ReciprocityScan(engine).scan();
                            String label = "scan-spark local[" + threads + "]"
                                    + (run < 0 ? " warm-up " + (run + warmups + 1) : " run " + (run + 1));
                            double took = report(label, 0, start, summary(report));
                            if (run >= 0) {
                                seconds[run] = took;
                            }
                        }
                    }
                    Arrays.sort(seconds);
                    System.out.printf(Locale.ROOT, "scan-spark local[%d] median of %d runs after %d warm-ups: %.2f s%n",
                            threads, runs, warmups, seconds[runs / 2]);
                } finally {
                    spark.stop();
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static String summary(ReciprocityReport report) {
        return report.pairs().size() + " pairs, top " + report.topReciprocating().get(0).direction() + " r="
                + String.format(Locale.ROOT, "%.3f", report.topReciprocating().get(0).bestCorrelation().getAsDouble());
    }

    private static double report(String what, long rows, long start, String detail) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s %8.2f s%s  %s%n", what, seconds,
                rows > 0 ? String.format(Locale.ROOT, "  %,.0f rows/s", rows / seconds) : "", detail);
        return seconds;
    }
}
