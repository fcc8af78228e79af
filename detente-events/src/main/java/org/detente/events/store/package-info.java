/**
 * The embedded event store: DuckDB, in-process and columnar, in a file beside the main database
 * (default {@code ./data/events.duckdb}). It imports event files, answers the signals of a dyad,
 * aggregates every pair by month for the reciprocity scan, and keeps editors' decisions on
 * suggestions.
 */
package org.detente.events.store;
