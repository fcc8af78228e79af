package org.detente.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalId;

/**
 * One forecast of the back-test beside what happened: a goal of a held-out case, asked at a moment
 * as known then. {@code actual} is the month it was met (empty: not met within the horizon, which
 * is known because the case was observed past it; points whose outcome is unknown are not kept).
 *
 * @param dyad        the held-out case
 * @param moment      the date asked for, and the end of the day at which the ledger was read
 * @param goal        the goal open then
 * @param forecast    the pooled forecast given then
 * @param actual      the month it was met, empty when not within the horizon
 * @param inInterval  whether the outcome lies in [P10, P90] (an empty P90 reaches past the horizon)
 * @param met6        whether it was met within 6 months, when the case was observed that long
 * @param met12       whether it was met within 12 months, when the case was observed that long
 */
public record BacktestPoint(Dyad dyad, LocalDate moment, GoalId goal, BlendedOutlook forecast, Optional<YearMonth> actual,
                            boolean inInterval, Optional<Boolean> met6, Optional<Boolean> met12) {
    public BacktestPoint {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(moment, "moment is required");
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(forecast, "forecast is required");
        Objects.requireNonNull(actual, "actual is required (empty when not within the horizon)");
        Objects.requireNonNull(met6, "met6 is required (empty when unknown)");
        Objects.requireNonNull(met12, "met12 is required (empty when unknown)");
    }

    /** |actual − P50| in months, when both lie within the horizon. */
    public Optional<Integer> p50ErrorMonths() {
        if (actual.isEmpty() || forecast.p50().isEmpty()) {
            return Optional.empty();
        }
        YearMonth a = actual.get();
        YearMonth p = forecast.p50().get();
        return Optional.of(Math.abs((a.getYear() - p.getYear()) * 12 + a.getMonthValue() - p.getMonthValue()));
    }
}
