package org.detente.roadmap;

import java.util.Objects;

/**
 * One thing wrong with a roadmap: the goal (empty for the roadmap as a whole), the field and the
 * rule broken, worded for a person ({@code goal normalization: preconditions: no goal 'peace'}).
 */
public record RoadmapProblem(String goal, String field, String message) {
    public RoadmapProblem {
        Objects.requireNonNull(goal, "goal is required (empty for the whole roadmap)");
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(message, "message is required");
    }

    @Override
    public String toString() {
        return (goal.isEmpty() ? "roadmap" : "goal " + goal) + ": " + field + ": " + message;
    }
}
