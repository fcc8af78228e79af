package org.detente.simulation.calibration;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;

/**
 * The forecast of one goal: its status when the forecast starts and the distribution, over the
 * runs, of the month in which it is met. The percentiles are nearest-rank over all runs with "never
 * within the horizon" ranked after every month, so a percentile is empty when at least that share of
 * runs never met the goal; all are empty for a goal already met at the start.
 *
 * @param goal       the goal
 * @param startStatus its status at the start
 * @param p10        the month by which 10% of runs have met it
 * @param p50        the median month
 * @param p90        the month by which 90% of runs have met it
 * @param neverShare the share of runs in which it is not met within the horizon (0 when met at the start)
 * @param metByMonth for each month of the horizon, the share of runs that had met it by its end
 *                   (empty for a goal met at the start, or when not recorded)
 */
public record GoalOutlook(GoalId goal, GoalStatus startStatus, Optional<YearMonth> p10, Optional<YearMonth> p50,
                          Optional<YearMonth> p90, double neverShare, List<Double> metByMonth) {

    /** An outlook without the monthly shares. */
    public GoalOutlook(GoalId goal, GoalStatus startStatus, Optional<YearMonth> p10, Optional<YearMonth> p50,
                       Optional<YearMonth> p90, double neverShare) {
        this(goal, startStatus, p10, p50, p90, neverShare, List.of());
    }

    /** Checks that the share is a probability and the percentiles are ordered. */
    public GoalOutlook {
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(startStatus, "startStatus is required");
        Objects.requireNonNull(p10, "p10 is required (empty when not met)");
        Objects.requireNonNull(p50, "p50 is required (empty when not met)");
        Objects.requireNonNull(p90, "p90 is required (empty when not met)");
        if (!(neverShare >= 0 && neverShare <= 1)) {
            throw new IllegalArgumentException("neverShare must lie in [0, 1], got " + neverShare);
        }
        metByMonth = List.copyOf(Objects.requireNonNull(metByMonth, "metByMonth is required (empty when not recorded)"));
        if (p10.isEmpty() && p50.isPresent() || p50.isEmpty() && p90.isPresent()) {
            throw new IllegalArgumentException("a later percentile cannot be met when an earlier one is not");
        }
    }

    /** The share of runs in which the goal is met within the horizon (or was met already). */
    public double metShare() {
        return 1 - neverShare;
    }
}
