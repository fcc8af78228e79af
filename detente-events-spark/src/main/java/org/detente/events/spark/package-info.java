/**
 * The all-dyads reciprocity scan of {@code detente-events} on Apache Spark: Spark parses the raw
 * GDELT files with the same line parser and aggregates events by directed pair and month; the
 * statistics are computed by the same {@link org.detente.events.reciprocity.ReciprocityScan} as on
 * DuckDB, so both engines give the same results. Runs in {@code local[N]} or under spark-submit.
 */
package org.detente.events.spark;
