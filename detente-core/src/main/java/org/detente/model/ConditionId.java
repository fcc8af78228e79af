package org.detente.model;

/** The id of an external condition that the ledger sets but does not model. */
public record ConditionId(String value) implements Comparable<ConditionId> {
    public ConditionId {
        Ids.requireValid(value, "condition id");
    }

    public static ConditionId of(String value) {
        return new ConditionId(value);
    }

    @Override
    public int compareTo(ConditionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
