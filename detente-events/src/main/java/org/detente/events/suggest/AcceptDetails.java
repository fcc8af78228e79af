package org.detente.events.suggest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an editor adds when accepting a suggestion, because event data does not say it: the number
 * of people expelled (expulsions) and the channel suspended (reduced relations).
 */
public record AcceptDetails(OptionalInt count, Optional<String> channel) {
    public AcceptDetails {
        Objects.requireNonNull(count, "count is required (empty when not given)");
        Objects.requireNonNull(channel, "channel is required (empty when not given)");
        if (count.isPresent() && count.getAsInt() <= 0) {
            throw new IllegalArgumentException("count must be a positive number of people, got " + count.getAsInt());
        }
    }

    public static AcceptDetails none() {
        return new AcceptDetails(OptionalInt.empty(), Optional.empty());
    }
}
