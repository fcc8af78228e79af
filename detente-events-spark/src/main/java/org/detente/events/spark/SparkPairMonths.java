package org.detente.events.spark;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.detente.events.cameo.CameoTable;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.ingest.EventLineParser;
import org.detente.events.ingest.GdeltAggregateFields;
import org.detente.events.reciprocity.PairMonth;
import org.detente.events.reciprocity.PairMonthSource;
import org.detente.events.reciprocity.PairReciprocity;
import org.detente.events.reciprocity.ReciprocityCalculator;
import org.detente.events.signals.MonthRange;
import scala.Tuple2;

/**
 * Pair-month aggregates of raw GDELT files (1.0 and 2.0, plain, gzip-compressed or GDELT's zips; each line's
 * layout is told by its number of columns) computed by Spark, and the reciprocity of every pair
 * computed where its aggregates are. Rows are read by {@link GdeltAggregateFields}, which accepts
 * exactly the rows the embedded import's {@link EventLineParser} accepts and gives the same values,
 * and kept by the same rule (acts of one state towards another); malformed rows are dropped, as
 * the import rejects them.
 *
 * <p>The job is two stages of Spark's core API under the session: each task sums its split's
 * events by pair and month in a {@link PairMonthSums}, and the shuffle brings both directions of
 * each unordered pair to one partition, whose merged table stays in memory. The span, the
 * statistics of each pair ({@link ReciprocityCalculator}, run in the tasks) and, for comparison,
 * the aggregates themselves are read from those tables; only the statistics, one small record per
 * directed pair, travel back to the driver for the ranking. (A Dataset plan would add a sort, a
 * sampling job and generated code, seconds of fixed cost per run that no extra core shortens.)
 * {@link #close} frees the tables, so a long-lived session can run scan after scan. Not
 * thread-safe.
 */
public final class SparkPairMonths implements PairMonthSource, AutoCloseable {
    /** The table of each task thread (an executor runs one task per thread at a time). */
    private static final ThreadLocal<PairMonthSums> TASK_SUMS = ThreadLocal.withInitial(PairMonthSums::new);

    private final JavaRDD<PairMonthSums> pairs;
    private boolean cached;

    /**
     * Events of the files at {@code paths} (files, folders or globs Hadoop understands, without
     * commas). Plain and gzip-compressed files are read by Hadoop's text input (plain files are split
     * every {@code spark.sql.files.maxPartitionBytes}, as Spark's own text source splits them; a gzip
     * file is one split), whose buffer is reused from line to line, so no string is made per line.
     * GDELT's own {@code .zip} files are read whole, one task taking several, from the first entry
     * of each as the embedded import reads them. The pairs are spread over
     * {@code spark.sql.shuffle.partitions} partitions.
     *
     * @throws IllegalArgumentException when a path matches no file
     */
    public SparkPairMonths(SparkSession spark, List<String> paths) {
        Objects.requireNonNull(spark, "spark is required");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is required");
        }
        Configuration hadoop = new Configuration(spark.sparkContext().hadoopConfiguration());
        hadoop.setLong(FileInputFormat.SPLIT_MAXSIZE,
                JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m")));
        int parts = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> zipped = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String file : files(paths, hadoop)) {
            (file.toLowerCase(Locale.ROOT).endsWith(".zip") ? zipped : text).add(file);
        }
        List<JavaPairRDD<Integer, long[]>> sums = new ArrayList<>();
        if (!text.isEmpty()) {
            sums.add(context.newAPIHadoopFile(String.join(",", text), TextInputFormat.class, LongWritable.class,
                    Text.class, hadoop).mapPartitionsToPair(lines -> {
                        TaskSums task = TaskSums.start();
                        while (lines.hasNext()) {
                            Text line = lines.next()._2();
                            task.line(line.getBytes(), line.getLength());
                        }
                        return task.pieces(parts);
                    }));
        }
        if (!zipped.isEmpty()) {
            sums.add(context.binaryFiles(String.join(",", zipped), context.defaultParallelism())
                    .mapPartitionsToPair(files -> {
                        TaskSums task = TaskSums.start();
                        while (files.hasNext()) {
                            Tuple2<String, PortableDataStream> file = files.next();
                            try (DataInputStream in = file._2().open()) {
                                ByteLines.read(EventFileReader.firstZipEntry(file._1(), in), task::line);
                            }
                        }
                        return task.pieces(parts);
                    }));
        }
        this.pairs = (sums.size() == 1 ? sums.get(0) : sums.get(0).union(sums.get(1)))
                // no map-side combining (a task's arrays are already summed); the default serializer
                .combineByKey(SparkPairMonths::unpack, SparkPairMonths::addPacked, SparkPairMonths::merge,
                        new HashPartitioner(parts), false, null)
                .values();
    }

    /**
     * The files {@code paths} name: each path's matches (a glob may match several), a folder's
     * files (not its hidden ones, starting with {@code _} or {@code .}, as Hadoop's input skips them).
     */
    private static List<String> files(List<String> paths, Configuration hadoop) {
        List<String> files = new ArrayList<>();
        try {
            for (String path : paths) {
                org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(path);
                FileSystem fs = pattern.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no event file at " + path);
                }
                for (FileStatus match : matches) {
                    FileStatus[] inside = match.isDirectory() ? fs.listStatus(match.getPath()) : new FileStatus[] {match};
                    for (FileStatus file : inside) {
                        String name = file.getPath().getName();
                        if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                            files.add(file.getPath().toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the event files: " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * A task's sums: each line is read by {@link GdeltAggregateFields} from its bytes, taking only
     * the fields the aggregates need and accepting exactly the rows {@link EventLineParser} accepts,
     * and summed by actor, target and month in the task thread's {@link PairMonthSums}, reused from
     * task to task. Nothing is allocated per line, so a task keeps its core busy without garbage for
     * the collector's threads to clear on another core. States go as their
     * {@link GdeltAggregateFields#number numbers}, which sort as their codes do.
     */
    private static final class TaskSums {
        private final GdeltAggregateFields fields = new GdeltAggregateFields(CameoTable.standard());
        private final PairMonthSums sums = TASK_SUMS.get();

        static TaskSums start() {
            TaskSums task = new TaskSums();
            task.sums.clear();
            return task;
        }

        void line(byte[] utf8, int length) {
            if (fields.read(utf8, length) && fields.isInterstate()) {
                sums.add(fields.actor1State(), fields.actor2State(), fields.monthIndex(), fields.goldsteinTenths());
            }
        }

        /**
         * The sums packed in {@code parts} arrays, one per shuffle partition: a task of a sparse
         * period has nearly as many pair-months as events, so the shuffle moves a few large records
         * per task rather than a row per pair-month, and every month of a pair, both ways, to one
         * partition.
         */
        Iterator<Tuple2<Integer, long[]>> pieces(int parts) {
            long[][] packed = sums.pack(parts);
            List<Tuple2<Integer, long[]>> pieces = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                pieces.add(new Tuple2<>(p, packed[p]));
            }
            return pieces.iterator();
        }
    }

    private static PairMonthSums unpack(long[] packed) {
        return addPacked(new PairMonthSums(), packed);
    }

    private static PairMonthSums addPacked(PairMonthSums into, long[] packed) {
        into.addPacked(packed);
        return into;
    }

    private static PairMonthSums merge(PairMonthSums into, PairMonthSums other) {
        into.addAll(other);
        return into;
    }

    /**
     * The merged tables, one per partition, computed once and kept in memory: the files are read
     * once whether the caller asks for the span, the statistics, the aggregates or all of them.
     */
    private JavaRDD<PairMonthSums> pairs() {
        if (!cached) {
            pairs.persist(StorageLevel.MEMORY_ONLY());
            cached = true;
        }
        return pairs;
    }

    /** Frees the tables kept in memory (they are computed again if asked for). */
    @Override
    public void close() {
        if (cached) {
            pairs.unpersist(false);
            cached = false;
        }
    }

    @Override
    public Optional<MonthRange> span() {
        int[] bounds = pairs().map(SparkPairMonths::monthBounds)
                .fold(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        if (bounds[0] > bounds[1]) {
            return Optional.empty();
        }
        return Optional.of(new MonthRange(MonthRange.month(bounds[0]), MonthRange.month(bounds[1])));
    }

    private static int[] monthBounds(PairMonthSums sums) {
        int[] bounds = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        sums.forEach((actor, target, month, events, tenths) -> {
            bounds[0] = Math.min(bounds[0], month);
            bounds[1] = Math.max(bounds[1], month);
        });
        return bounds;
    }

    @Override
    public List<PairReciprocity> reciprocity(MonthRange period) {
        int first = period.fromIndex();
        int months = period.size();
        List<PairReciprocity> all = new ArrayList<>();
        for (SerializedReciprocity pair : pairs().flatMap(sums -> reciprocity(sums, first, months)).collect()) {
            all.add(pair.pairReciprocity());
        }
        // the contract's order: by unordered pair, then the smaller code's direction first
        all.sort(Comparator.comparing((PairReciprocity p) -> min(p.actor(), p.responder()))
                .thenComparing(p -> max(p.actor(), p.responder()))
                .thenComparing(PairReciprocity::actor));
        return all;
    }

    /**
     * The statistics of both directions of every pair of a partition's table over the
     * {@code months} months from index {@code first}: its pair-months are spread into each pair's
     * four monthly series (months outside the period left out, months without events zero).
     */
    private static Iterator<SerializedReciprocity> reciprocity(PairMonthSums sums, int first, int months) {
        // low state, high state → low→high events, tenths, high→low events, tenths
        Map<Long, long[][]> series = new HashMap<>();
        sums.forEach((actor, target, month, events, tenths) -> {
            int t = month - first;
            if (t < 0 || t >= months) {
                return;
            }
            int low = Math.min(actor, target);
            long pair = ((long) low << 32) | Math.max(actor, target);
            long[][] four = series.computeIfAbsent(pair, key -> new long[4][months]);
            int direction = actor == low ? 0 : 2;
            four[direction][t] += events;
            four[direction + 1][t] += tenths;
        });
        List<SerializedReciprocity> results = new ArrayList<>(series.size() * 2);
        series.forEach((pair, four) -> {
            String low = GdeltAggregateFields.state((int) (pair >>> 32)).code();
            String high = GdeltAggregateFields.state((int) (long) pair).code();
            for (PairReciprocity direction : ReciprocityCalculator.bothDirections(low, high, four[0], four[1],
                    four[2], four[3])) {
                results.add(SerializedReciprocity.of(direction));
            }
        });
        return results.iterator();
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    /**
     * Every aggregate of the period's months, in the contract's order. They all travel to the driver
     * (the scan itself needs only {@link #reciprocity}); this is how the engines are compared.
     */
    @Override
    public void forEachPairMonth(MonthRange period, Consumer<PairMonth> sink) {
        int first = period.fromIndex();
        int last = period.toIndex();
        List<long[]> rows = new ArrayList<>(pairs().flatMap(sums -> {
            List<long[]> inPeriod = new ArrayList<>();
            sums.forEach((actor, target, month, events, tenths) -> {
                if (month >= first && month <= last) {
                    inPeriod.add(new long[] {Math.min(actor, target), Math.max(actor, target), actor, month, events,
                            tenths});
                }
            });
            return inPeriod.iterator();
        }).collect());
        // state numbers sort as their codes do
        rows.sort((a, b) -> Arrays.compare(a, 0, 4, b, 0, 4));
        String[] codes = new String[26 * 26];
        for (long[] row : rows) {
            int actor = (int) row[2];
            int target = (int) (actor == row[0] ? row[1] : row[0]);
            sink.accept(new PairMonth(code(codes, actor), code(codes, target), (int) row[3], row[4], row[5]));
        }
    }

    private static String code(String[] codes, int state) {
        if (codes[state] == null) {
            codes[state] = GdeltAggregateFields.state(state).code();
        }
        return codes[state];
    }
}
