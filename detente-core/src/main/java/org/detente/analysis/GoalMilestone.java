package org.detente.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Ids;

/**
 * A goal and the date it was first met, empty while it is open. The caller computes the dates
 * from roadmap evaluations at successive dates; the pace analysis only counts them.
 */
public record GoalMilestone(String goalId, Optional<LocalDate> metOn) {
    public GoalMilestone {
        Ids.requireValid(goalId, "goalId");
        Objects.requireNonNull(metOn, "metOn is required (empty while the goal is open)");
    }

    public static GoalMilestone open(String goalId) {
        return new GoalMilestone(goalId, Optional.empty());
    }

    public static GoalMilestone metOn(String goalId, LocalDate date) {
        return new GoalMilestone(goalId, Optional.of(date));
    }
}
