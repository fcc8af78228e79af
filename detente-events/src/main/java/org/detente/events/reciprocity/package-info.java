/**
 * Reciprocity of every directed pair of states over a period, from monthly event aggregates: the
 * lagged correlation of the two directions' Goldstein series (lags 0..3 months, the best
 * reported), the mean response ratio and the share of months with a response, after Goldstein and
 * Freeman (1990). An engine (DuckDB here, Spark in detente-events-spark) computes the
 * {@link org.detente.events.reciprocity.PairMonth} aggregates; {@link
 * org.detente.events.reciprocity.ReciprocityScan} computes every statistic from them, so both
 * engines give identical results. {@code docs/events.md} gives the formulas.
 */
package org.detente.events.reciprocity;
