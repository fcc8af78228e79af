/**
 * The all-dyads reciprocity scan of {@code detente-events} on Apache Spark: Spark reads the raw
 * GDELT files by the same rules as the line parser (only the fields the aggregates need, straight
 * from each line), aggregates events by directed pair and month, brings both directions of each
 * pair to one partition and runs the same
 * {@link org.detente.events.reciprocity.ReciprocityCalculator} there as DuckDB's scan runs in the
 * process, so both engines give the same results. Runs in {@code local[N]} or under spark-submit.
 */
package org.detente.events.spark;
