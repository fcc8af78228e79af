/**
 * Benchmarks (JMH) of détente's engines on generated data, and the generators they share. Run
 * them through the scripts under {@code bench/}; the README reports the figures they print.
 */
package org.detente.bench;
