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

    static final String USAGE = "usage: SparkReciprocityJob [--local N] [--min-months M] [--top K] PATH...";

    /** What the command line asks: {@code local} 0 means the master spark-submit gives. */
    record Options(int local, int minMonths, int top, List<String> paths) {
        /**
         * @throws IllegalArgumentException naming the option at fault, or when no path is given
         */
        static Options parse(String[] args) {
            int local = 0;
            int minMonths = ReciprocityScan.DEFAULT_MIN_ACTIVE_MONTHS;
            int top = 10;
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--local" -> local = number(args, ++i, "--local", 1);
                    case "--min-months" -> minMonths = number(args, ++i, "--min-months", 1);
                    case "--top" -> top = number(args, ++i, "--top", 0);
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        paths.add(args[i]);
                    }
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("at least one PATH of event files is required");
            }
            return new Options(local, minMonths, top, paths);
        }

        private static int number(String[] args, int i, String option, int least) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a number");
            }
            try {
                int value = Integer.parseInt(args[i]);
                if (value < least) {
                    throw new IllegalArgumentException(option + " must be at least " + least + ", got " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " '" + args[i] + "' is not a whole number");
            }
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SparkReciprocityJob: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = options.local() > 0 ? localSession(options.local())
                : SparkSession.builder().appName("detente-reciprocity").getOrCreate();
        int status = 0;
        try (SparkPairMonths engine = new SparkPairMonths(spark, options.paths())) {
            print(new ReciprocityScan(engine, options.minMonths(), options.top()).scan(), System.out);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            // a path without event files, or one that cannot be listed: say which, not a stack trace
            System.err.println("SparkReciprocityJob: " + e.getMessage());
            status = 2;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
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
