package org.detente.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mission's capacity against a demand over a horizon: the backlog's growth per month
 * (demand − adjudications; negative when it shrinks), the backlog now and after
 * {@code horizonMonths} (never below zero), the expected wait at both moments, and the months to
 * clear the backlog (empty when it never clears because demand meets or exceeds capacity).
 */
public record ConsularOutlook(ConsularCapacity capacity, double demandPerMonth, double backlogNow,
                              double backlogGrowthPerMonth, int horizonMonths, double backlogAtHorizon,
                              ExpectedWait waitNow, ExpectedWait waitAtHorizon, OptionalDouble monthsToClear) {
    public ConsularOutlook {
        Objects.requireNonNull(capacity, "capacity is required");
        Objects.requireNonNull(waitNow, "waitNow is required");
        Objects.requireNonNull(waitAtHorizon, "waitAtHorizon is required");
        Objects.requireNonNull(monthsToClear, "monthsToClear is required");
        if (demandPerMonth < 0 || backlogNow < 0 || backlogAtHorizon < 0 || horizonMonths < 0) {
            throw new IllegalArgumentException("demand, backlogs and horizon must not be negative");
        }
    }
}
