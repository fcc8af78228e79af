package org.detente.roadmap;

import java.util.List;
import java.util.Objects;

/**
 * The longest chain of unmet goals that ends at {@code target}, in the order they must be met:
 * the first is READY, each is a precondition of the next, the last is the target. Empty when the
 * target is met. Its length bounds from below the number of steps still to take, one after another.
 */
public record CriticalPath(GoalId target, List<GoalId> goals) {
    public CriticalPath {
        Objects.requireNonNull(target, "target is required");
        goals = List.copyOf(goals);
        if (!goals.isEmpty() && !goals.get(goals.size() - 1).equals(target)) {
            throw new IllegalArgumentException("a critical path must end at its target " + target);
        }
    }

    public int length() {
        return goals.size();
    }
}
