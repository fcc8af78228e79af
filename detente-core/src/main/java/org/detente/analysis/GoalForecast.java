package org.detente.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.detente.model.Text;

/**
 * When an open goal would be met at the observed pace, or why that cannot be said.
 */
public sealed interface GoalForecast permits GoalForecast.Expected, GoalForecast.CannotForecast {

    String goalId();

    /**
     * The open goal, {@code rank}-th in the order given, expected on {@code expected} (after
     * {@code rank} more goals at the observed rate), with an interval of the stated level.
     */
    record Expected(String goalId, int rank, LocalDate expected, LocalDate low, LocalDate high, double level)
            implements GoalForecast {
        public Expected {
            Objects.requireNonNull(goalId, "goalId is required");
            Objects.requireNonNull(expected, "expected is required");
            Objects.requireNonNull(low, "low is required");
            Objects.requireNonNull(high, "high is required");
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be at least 1, got " + rank);
            }
            if (low.isAfter(high)) {
                throw new IllegalArgumentException("low " + low + " must not be after high " + high);
            }
        }
    }

    /** No forecast, and the reason (too few goals met, no talks yet). */
    record CannotForecast(String goalId, String reason) implements GoalForecast {
        public CannotForecast {
            Objects.requireNonNull(goalId, "goalId is required");
            reason = Text.require(reason, "reason");
        }
    }
}
