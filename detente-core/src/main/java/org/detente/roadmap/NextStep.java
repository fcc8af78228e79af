package org.detente.roadmap;

import java.util.Objects;

/**
 * A READY goal ranked as a next step: {@code unlocks} counts the blocked goals that wait on it,
 * directly or through other unmet goals; {@code soleBlockerOf} counts those for which it is the
 * only root blocker (meeting it alone clears their way down to READY goals of their own chain).
 */
public record NextStep(GoalId goal, int unlocks, int soleBlockerOf) {
    public NextStep {
        Objects.requireNonNull(goal, "goal is required");
        if (unlocks < 0 || soleBlockerOf < 0 || soleBlockerOf > unlocks) {
            throw new IllegalArgumentException("need 0 <= soleBlockerOf <= unlocks, got " + soleBlockerOf + " and " + unlocks);
        }
    }
}
