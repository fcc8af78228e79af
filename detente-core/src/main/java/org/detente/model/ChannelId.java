package org.detente.model;

/** The id of a channel between the two states' institutions. */
public record ChannelId(String value) implements Comparable<ChannelId> {
    public ChannelId {
        Ids.requireValid(value, "channel id");
    }

    public static ChannelId of(String value) {
        return new ChannelId(value);
    }

    @Override
    public int compareTo(ChannelId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
