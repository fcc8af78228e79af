package org.detente.ledger;

import java.util.Objects;
import org.detente.model.ChannelId;

/** A channel between institutions stops being used. */
public record ChannelSuspended(ChannelId channel) implements Measure {
    public ChannelSuspended {
        Objects.requireNonNull(channel, "channel is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.CHANNEL_SUSPENDED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.channelSuspended(this);
    }
}
