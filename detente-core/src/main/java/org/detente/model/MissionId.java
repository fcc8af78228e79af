package org.detente.model;

/** The id of a diplomatic mission or premises. */
public record MissionId(String value) implements Comparable<MissionId> {
    public MissionId {
        Ids.requireValid(value, "mission id");
    }

    public static MissionId of(String value) {
        return new MissionId(value);
    }

    @Override
    public int compareTo(MissionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
