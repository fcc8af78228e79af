package org.detente.events.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.detente.events.reciprocity.PairReciprocity;
import org.detente.events.reciprocity.ReciprocityReport;
import org.detente.events.reciprocity.ReciprocityScan;

/**
 * The all-dyads reciprocity scan as a Spark application:
 * {@code spark-submit --class org.detente.events.spark.SparkReciprocityJob detente-events-spark.jar
 * [--local N] [--min-months M] [--top K] PATH...}. Without {@code --local} the master comes from
 * spark-submit. Prints the rankings and one tab-separated line per directed pair.
 */
public final class SparkReciprocityJob {
    private SparkReciprocityJob() {
    }

    /**
     * A session for {@code local[threads]}, bound to the loopback interface and without the web UI.
     * Input is split every 128 MB, Spark's own default (plain files; a gzip file is one split): on
     * the benchmark's 95 MB files, 32 MB splits gave four times the tasks, shuffle files and
     * scheduling for no gain (docs/events.md); the shuffle of the small aggregates has two
     * partitions per core.
     */
    public static SparkSession localSession(int threads) {
        return SparkSession.builder()
                .appName("detente-reciprocity")
                .master("local[" + threads + "]")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, threads * 2)))
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(128L << 20))
                .getOrCreate();
    }

    public static void main(String[] args) {
        int local = 0;
        int minMonths = ReciprocityScan.DEFAULT_MIN_ACTIVE_MONTHS;
        int top = 10;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--local" -> local = Integer.parseInt(args[++i]);
                case "--min-months" -> minMonths = Integer.parseInt(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: SparkReciprocityJob [--local N] [--min-months M] [--top K] PATH...");
            System.exit(2);
        }
        SparkSession spark = local > 0 ? localSession(local)
                : SparkSession.builder().appName("detente-reciprocity").getOrCreate();
        try {
            try (SparkPairMonths engine = new SparkPairMonths(spark, paths)) {
                print(new ReciprocityScan(engine, minMonths, top).scan(), System.out);
            }
        } finally {
            spark.stop();
        }
    }

    static void print(ReciprocityReport report, PrintStream out) {
        out.println("period\t" + report.period().from() + "\t" + report.period().to() + "\tpairs\t"
                + report.pairs().size());
        out.println("# top reciprocating");
        report.topReciprocating().forEach(p -> out.println(line(p)));
        out.println("# most one-sided");
        report.mostOneSided().forEach(p -> out.println(line(p)));
    }

    static String line(PairReciprocity p) {
        return String.format(Locale.ROOT, "%s\tlag %d\tr %s\tshare %s\tratio %s\tevents %d\tresponses %d",
                p.direction(), p.bestLag(), p.bestCorrelation().isPresent()
                        ? String.format(Locale.ROOT, "%.3f", p.bestCorrelation().getAsDouble()) : "-",
                p.responseShare().isPresent() ? String.format(Locale.ROOT, "%.2f", p.responseShare().getAsDouble()) : "-",
                p.meanResponseRatio().isPresent()
                        ? String.format(Locale.ROOT, "%.2f", p.meanResponseRatio().getAsDouble()) : "-",
                p.events(), p.responses());
    }
}
