/**
 * The all-dyads reciprocity scan of {@code detente-events} on Apache Spark: Spark reads the raw
 * GDELT files by the same rules as the line parser (only the fields the aggregates need, straight
 * from each line) and aggregates events by directed pair and month; the
 * statistics are computed by the same {@link org.detente.events.reciprocity.ReciprocityScan} as on
 * DuckDB, so both engines give the same results. Runs in {@code local[N]} or under spark-submit.
 */
package org.detente.events.spark;
