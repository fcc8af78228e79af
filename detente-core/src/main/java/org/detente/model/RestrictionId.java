package org.detente.model;

/** The id of a restriction, named by the entry that imposes it. */
public record RestrictionId(String value) implements Comparable<RestrictionId> {
    public RestrictionId {
        Ids.requireValid(value, "restriction id");
    }

    public static RestrictionId of(String value) {
        return new RestrictionId(value);
    }

    @Override
    public int compareTo(RestrictionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
