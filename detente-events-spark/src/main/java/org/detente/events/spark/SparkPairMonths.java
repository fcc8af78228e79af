package org.detente.events.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.detente.events.cameo.CameoTable;
import org.detente.events.ingest.EventFileLayout;
import org.detente.events.ingest.EventLineParser;
import org.detente.events.ingest.EventRecord;
import org.detente.events.ingest.MalformedRowException;
import org.detente.events.reciprocity.PairMonth;
import org.detente.events.reciprocity.PairMonthSource;
import org.detente.events.signals.MonthRange;
import scala.Tuple5;

/**
 * Pair-month aggregates of raw GDELT files (1.0 and 2.0, plain or gzip-compressed; each line's
 * layout is told by its number of columns) computed by Spark. Rows are parsed by the same
 * {@link EventLineParser} the embedded import uses and kept by the same rule (acts of one state
 * towards another); malformed rows are dropped, as the import rejects them. Not thread-safe.
 */
public final class SparkPairMonths implements PairMonthSource {
    private final Dataset<Row> events;
    private Dataset<Row> aggregates;

    /** Events of the files at {@code paths} (files, folders or globs Spark understands). */
    public SparkPairMonths(SparkSession spark, List<String> paths) {
        Objects.requireNonNull(spark, "spark is required");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("at least one input path is required");
        }
        Dataset<String> lines = spark.read().textFile(paths.toArray(String[]::new));
        this.events = lines.mapPartitions(parse(), Encoders.tuple(Encoders.STRING(), Encoders.STRING(),
                        Encoders.INT(), Encoders.LONG(), Encoders.LONG()))
                .toDF("actor", "target", "month_index", "events", "goldstein_tenths");
    }

    /**
     * Parses a partition's lines and aggregates them there by actor, target and month (a map of
     * a few thousand keys), so that only one row per pair-month and partition goes through Spark's
     * encoders and shuffle instead of one per event.
     */
    private static org.apache.spark.api.java.function.MapPartitionsFunction<String,
            Tuple5<String, String, Integer, Long, Long>> parse() {
        return lines -> {
            EventLineParser parser = new EventLineParser(CameoTable.standard());
            Map<PairMonthKey, long[]> sums = new HashMap<>();
            while (lines.hasNext()) {
                String line = lines.next();
                int columns = 1;
                for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
                    columns++;
                }
                EventFileLayout layout = columns == 61 ? EventFileLayout.GDELT2
                        : columns == 57 || columns == 58 ? EventFileLayout.GDELT1 : null;
                if (layout == null) {
                    continue;
                }
                try {
                    EventRecord event = parser.parseGdelt(line, layout);
                    if (event.isInterstate()) {
                        long[] sum = sums.computeIfAbsent(new PairMonthKey(event.actor1().get().code(),
                                event.actor2().get().code(), event.monthIndex()), k -> new long[2]);
                        sum[0]++;
                        sum[1] += event.goldsteinTenths();
                    }
                } catch (MalformedRowException e) {
                    // dropped, as the embedded import rejects it
                }
            }
            List<Tuple5<String, String, Integer, Long, Long>> rows = new ArrayList<>(sums.size());
            sums.forEach((key, sum) -> rows.add(new Tuple5<>(key.actor(), key.target(), key.month(), sum[0], sum[1])));
            return rows.iterator();
        };
    }

    private record PairMonthKey(String actor, String target, int month) {
    }

    /**
     * The aggregates of every month, computed once and kept in memory: the files are parsed once
     * whether the caller asks for the span, the pairs, or both.
     */
    private Dataset<Row> aggregates() {
        if (aggregates == null) {
            aggregates = events.groupBy(col("actor"), col("target"), col("month_index"))
                    .agg(sum("events").as("events"), sum("goldstein_tenths").as("tenths"))
                    .persist();
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
        while (rows.hasNext()) {
            Row row = rows.next();
            sink.accept(new PairMonth(row.getString(0), row.getString(1), row.getInt(2), row.getLong(3),
                    row.getLong(4)));
        }
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
