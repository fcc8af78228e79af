package org.detente.events.reciprocity;

import java.util.Objects;

/**
 * The aggregate an engine computes: the events of {@code actor} towards {@code target} (ISO
 * alpha-2 codes) in one month (months since year 0), their number and the sum of their Goldstein
 * weights in tenths (exact: published weights have one decimal, so engines agree to the bit).
 */
public record PairMonth(String actor, String target, int monthIndex, long events, long goldsteinTenths) {
    public PairMonth {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(target, "target is required");
        if (events <= 0) {
            throw new IllegalArgumentException("a pair-month aggregates at least one event, got " + events);
        }
    }
}
