package org.detente.scenario;

import java.util.Objects;
import java.util.Optional;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Progress;

/**
 * A goal whose status or progress differs between the baseline and the scenario.
 */
public record GoalChange(GoalId goal, GoalStatus before, GoalStatus after, Optional<Progress> progressBefore,
                         Optional<Progress> progressAfter) {
    public GoalChange {
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(before, "before is required");
        Objects.requireNonNull(after, "after is required");
        Objects.requireNonNull(progressBefore, "progressBefore is required (empty when not numeric)");
        Objects.requireNonNull(progressAfter, "progressAfter is required (empty when not numeric)");
    }

    public boolean statusChanged() {
        return before != after;
    }

    @Override
    public String toString() {
        return goal + ": " + before + " → " + after
                + progressAfter.map(p -> " (" + progressBefore.map(Progress::text).orElse("-") + " → " + p.text() + ")")
                        .orElse("");
    }
}
