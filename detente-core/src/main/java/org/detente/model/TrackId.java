package org.detente.model;

/** The id of a negotiation track. */
public record TrackId(String value) implements Comparable<TrackId> {
    public TrackId {
        Ids.requireValid(value, "track id");
    }

    public static TrackId of(String value) {
        return new TrackId(value);
    }

    @Override
    public int compareTo(TrackId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
