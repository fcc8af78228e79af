package org.detente.ledger;

import java.util.Objects;
import org.detente.model.ChannelId;

/** A suspended channel is used again. */
public record ChannelRestored(ChannelId channel) implements Measure {
    public ChannelRestored {
        Objects.requireNonNull(channel, "channel is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.CHANNEL_RESTORED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.channelRestored(this);
    }
}
