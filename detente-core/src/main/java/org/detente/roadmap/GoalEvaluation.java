package org.detente.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal as of a date: its status, what its criterion found, the preconditions not met yet, and
 * the root blockers: the READY goals that everything in its way waits on (the unmet goals with no
 * unmet precondition of their own, reached back through unmet preconditions). {@code chainLength}
 * is the length of the longest chain of unmet goals that ends at this one, itself included (0 when
 * met, 1 when ready): the least number of steps still to take, one after another.
 *
 * <p>A MET goal may still list unmet preconditions: it was reached out of the planned order.
 */
public record GoalEvaluation(Goal goal, GoalStatus status, CriterionResult result, List<GoalId> unmetPreconditions,
                             List<GoalId> rootBlockers, int chainLength) {
    public GoalEvaluation {
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(result, "result is required");
        unmetPreconditions = List.copyOf(unmetPreconditions);
        rootBlockers = List.copyOf(rootBlockers);
        if (chainLength < 0) {
            throw new IllegalArgumentException("chainLength must not be negative, got " + chainLength);
        }
    }

    public GoalId id() {
        return goal.id();
    }

    /** The criterion's progress, for numeric and composite criteria. */
    public Optional<Progress> progress() {
        return result.progress();
    }
}
