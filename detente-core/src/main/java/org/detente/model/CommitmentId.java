package org.detente.model;

/** The id of a commitment, named by the entry that makes it. */
public record CommitmentId(String value) implements Comparable<CommitmentId> {
    public CommitmentId {
        Ids.requireValid(value, "commitment id");
    }

    public static CommitmentId of(String value) {
        return new CommitmentId(value);
    }

    @Override
    public int compareTo(CommitmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
