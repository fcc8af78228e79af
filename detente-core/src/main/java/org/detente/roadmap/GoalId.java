package org.detente.roadmap;

import org.detente.model.Ids;

/** The id of a roadmap goal, as written in {@code roadmap.yaml} and in preconditions. */
public record GoalId(String value) implements Comparable<GoalId> {
    public GoalId {
        Ids.requireValid(value, "goal id");
    }

    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @Override
    public int compareTo(GoalId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
