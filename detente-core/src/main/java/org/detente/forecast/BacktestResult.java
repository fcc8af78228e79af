package org.detente.forecast;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.detente.model.Dyad;

/**
 * What {@link LeaveOneOutBacktest} found: every point, the scores of each case held out and of all.
 *
 * @param rules   the parameters, the same for every case
 * @param cases   the cases held out in turn (those with a trigger and a goal of some kind met after it)
 * @param skipped the other cases, with why they could not be held out
 * @param points  every forecast beside its outcome
 * @param byCase  the scores of each case held out, in order
 * @param overall the scores of all points
 */
public record BacktestResult(ForecastRules rules, List<Dyad> cases, Map<Dyad, String> skipped, List<BacktestPoint> points,
                             Map<Dyad, BacktestScore> byCase, BacktestScore overall) {
    public BacktestResult {
        Objects.requireNonNull(rules, "rules is required");
        cases = List.copyOf(cases);
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
        points = List.copyOf(points);
        byCase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCase));
        Objects.requireNonNull(overall, "overall is required");
    }
}
