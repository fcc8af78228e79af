package org.detente.simulation.calibration;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The forecast escalation index of one month: the distribution over the runs of the net Goldstein
 * score (both sides' moves of the month, weighted as in {@link ReactionProfile}), with each side's
 * mean and the share of runs in which both sides conciliated that month. Percentiles are nearest-rank.
 *
 * @param month                  the month
 * @param mean                   the mean net score
 * @param p10                    its 10th percentile
 * @param p50                    its median
 * @param p90                    its 90th percentile
 * @param meanFirst              the mean score of the dyad's first country
 * @param meanSecond             the mean score of the dyad's second country
 * @param mutualConciliationShare the share of runs in which both sides conciliated
 */
public record MonthOutlook(YearMonth month, double mean, double p10, double p50, double p90, double meanFirst,
                           double meanSecond, double mutualConciliationShare) {

    /** Checks that the percentiles are ordered and the share is a probability. */
    public MonthOutlook {
        Objects.requireNonNull(month, "month is required");
        if (!(p10 <= p50 && p50 <= p90)) {
            throw new IllegalArgumentException("percentiles must be ordered, got " + p10 + ", " + p50 + ", " + p90);
        }
        if (!(mutualConciliationShare >= 0 && mutualConciliationShare <= 1)) {
            throw new IllegalArgumentException("mutualConciliationShare must lie in [0, 1], got " + mutualConciliationShare);
        }
    }
}
