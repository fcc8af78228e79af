package org.detente.model;

/** The id of a sanctions measure, named by the entry that imposes it. */
public record SanctionId(String value) implements Comparable<SanctionId> {
    public SanctionId {
        Ids.requireValid(value, "sanction id");
    }

    public static SanctionId of(String value) {
        return new SanctionId(value);
    }

    @Override
    public int compareTo(SanctionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
