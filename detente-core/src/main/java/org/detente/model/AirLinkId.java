package org.detente.model;

/** The id of a direct air route. */
public record AirLinkId(String value) implements Comparable<AirLinkId> {
    public AirLinkId {
        Ids.requireValid(value, "air link id");
    }

    public static AirLinkId of(String value) {
        return new AirLinkId(value);
    }

    @Override
    public int compareTo(AirLinkId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
