package org.detente.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A roadmap evaluated as of a date: every goal (in the roadmap's order) with its status, the next
 * steps (READY goals, those that unlock the most first) and the critical path to the roadmap's
 * overall goal, when it declares one.
 */
public record RoadmapEvaluation(LocalDate asOf, List<GoalEvaluation> goals, List<NextStep> nextSteps,
                                Optional<CriticalPath> criticalPath) {
    public RoadmapEvaluation {
        Objects.requireNonNull(asOf, "asOf is required");
        goals = List.copyOf(goals);
        nextSteps = List.copyOf(nextSteps);
        Objects.requireNonNull(criticalPath, "criticalPath is required (empty without an overall goal)");
    }

    /** The evaluation of one goal. O(n): index {@link #goals()} once when asking for many. */
    public Optional<GoalEvaluation> goal(GoalId id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The goals with the given status, in the roadmap's order. */
    public List<GoalEvaluation> withStatus(GoalStatus status) {
        return goals.stream().filter(g -> g.status() == status).toList();
    }

    /**
     * The longest chain of unmet goals ending at {@code target} (see {@link CriticalPath}); ties
     * go to the precondition listed first. Empty goals when the target is met.
     *
     * @throws IllegalArgumentException when the roadmap has no such goal
     */
    public CriticalPath criticalPathTo(GoalId target) {
        Map<GoalId, GoalEvaluation> byId = new HashMap<>();
        for (GoalEvaluation goal : goals) {
            byId.put(goal.id(), goal);
        }
        GoalEvaluation current = byId.get(target);
        if (current == null) {
            throw new IllegalArgumentException("no goal '" + target + "' in the roadmap");
        }
        List<GoalId> reversed = new ArrayList<>();
        while (current != null && current.chainLength() > 0) {
            reversed.add(current.id());
            GoalEvaluation next = null;
            for (GoalId precondition : current.unmetPreconditions()) {
                GoalEvaluation candidate = byId.get(precondition);
                if (next == null || candidate.chainLength() > next.chainLength()) {
                    next = candidate;
                }
            }
            current = next;
        }
        List<GoalId> path = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return new CriticalPath(target, path);
    }
}
