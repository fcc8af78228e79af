package org.detente.events.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.detente.events.cameo.CameoTable;
import org.detente.events.ingest.EventLineParser;
import org.detente.events.ingest.GdeltAggregateFields;
import org.detente.events.reciprocity.PairMonth;
import org.detente.events.reciprocity.PairMonthSource;
import org.detente.events.signals.MonthRange;
import scala.Tuple2;
import scala.Tuple5;

/**
 * Pair-month aggregates of raw GDELT files (1.0 and 2.0, plain or gzip-compressed; each line's
 * layout is told by its number of columns) computed by Spark. Rows are read by
 * {@link GdeltAggregateFields}, which accepts exactly the rows the embedded import's
 * {@link EventLineParser} accepts and gives the same values, and kept by the same rule (acts of one
 * state towards another); malformed rows are dropped, as the import rejects them. Not thread-safe.
 */
public final class SparkPairMonths implements PairMonthSource {
    /** The table of each task thread (an executor runs one task per thread at a time). */
    private static final ThreadLocal<PairMonthSums> TASK_SUMS = ThreadLocal.withInitial(PairMonthSums::new);

    private final Dataset<Row> sums;
    private Dataset<Row> aggregates;

    /**
     * Events of the files at {@code paths} (files, folders or globs Hadoop understands, without
     * commas). Lines are read as UTF-8 bytes by Hadoop's text input (plain files are split every
     * {@code spark.sql.files.maxPartitionBytes}, as Spark's own text source splits them; a gzip file
     * is one split), whose buffer is reused from line to line, so no string is made per line.
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
        JavaRDD<Tuple5<Integer, Integer, Integer, Long, Long>> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .newAPIHadoopFile(String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, hadoop)
                .mapPartitionsToPair(sumPartition(parts))
                // no map-side combining (a task's arrays are already summed); the default serializer
                .combineByKey(SparkPairMonths::unpack, SparkPairMonths::addPacked, SparkPairMonths::merge,
                        new HashPartitioner(parts), false, null)
                .flatMap(part -> rows(part._2()));
        this.sums = spark.createDataset(rows.rdd(), Encoders.tuple(Encoders.INT(), Encoders.INT(), Encoders.INT(),
                        Encoders.LONG(), Encoders.LONG()))
                .toDF("actor", "target", "month_index", "events", "tenths");
    }

    /**
     * Sums a partition's events by actor, target and month in a {@link PairMonthSums} and hands the
     * sums on packed in {@code parts} arrays, one per shuffle partition: a partition of a sparse
     * period has nearly as many pair-months as events, so the shuffle moves a few large records per
     * task rather than a row per pair-month. Each line is read by {@link GdeltAggregateFields} from
     * its bytes, taking only the fields the aggregates need and accepting exactly the rows
     * {@link EventLineParser} accepts. Nothing is allocated per line and the table is the task
     * thread's, reused from task to task, so a task keeps its core busy without garbage for the
     * collector's threads to clear on another core. States go as their
     * {@link GdeltAggregateFields#number numbers}, which sort as their codes do.
     */
    private static PairFlatMapFunction<Iterator<Tuple2<LongWritable, Text>>, Integer, long[]> sumPartition(
            int parts) {
        return lines -> {
            GdeltAggregateFields fields = new GdeltAggregateFields(CameoTable.standard());
            PairMonthSums sums = TASK_SUMS.get();
            sums.clear();
            while (lines.hasNext()) {
                Text line = lines.next()._2();
                if (fields.read(line.getBytes(), line.getLength()) && fields.isInterstate()) {
                    sums.add(fields.actor1State(), fields.actor2State(), fields.monthIndex(), fields.goldsteinTenths());
                }
            }
            long[][] packed = sums.pack(parts);
            List<Tuple2<Integer, long[]>> pieces = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                pieces.add(new Tuple2<>(p, packed[p]));
            }
            return pieces.iterator();
        };
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

    private static Iterator<Tuple5<Integer, Integer, Integer, Long, Long>> rows(PairMonthSums sums) {
        List<Tuple5<Integer, Integer, Integer, Long, Long>> rows = new ArrayList<>(sums.size());
        sums.forEach((actor, target, month, events, tenths) -> rows.add(new Tuple5<>(actor, target, month, events, tenths)));
        return rows.iterator();
    }

    /**
     * The aggregates of every month, computed once and kept in memory: the files are read once
     * whether the caller asks for the span, the pairs, or both.
     */
    private Dataset<Row> aggregates() {
        if (aggregates == null) {
            aggregates = sums.persist();
        }
        return aggregates;
    }

    @Override
    public void forEachPairMonth(MonthRange period, Consumer<PairMonth> sink) {
        Iterator<Row> rows = aggregates()
                .where(col("month_index").between(period.fromIndex(), period.toIndex()))
                .orderBy(least(col("actor"), col("target")), greatest(col("actor"), col("target")), col("actor"),
                        col("month_index"))
                .toLocalIterator();
        String[] codes = new String[26 * 26];
        while (rows.hasNext()) {
            Row row = rows.next();
            sink.accept(new PairMonth(code(codes, row.getInt(0)), code(codes, row.getInt(1)), row.getInt(2),
                    row.getLong(3), row.getLong(4)));
        }
    }

    private static String code(String[] codes, int state) {
        if (codes[state] == null) {
            codes[state] = GdeltAggregateFields.state(state).code();
        }
        return codes[state];
    }

    @Override
    public Optional<MonthRange> span() {
        Row row = aggregates().agg(min("month_index"), max("month_index")).first();
        if (row.isNullAt(0)) {
            return Optional.empty();
        }
        return Optional.of(new MonthRange(MonthRange.month(row.getInt(0)), MonthRange.month(row.getInt(1))));
    }
}
