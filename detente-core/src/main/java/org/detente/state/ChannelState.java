package org.detente.state;

import java.util.Objects;
import org.detente.model.Channel;
import org.detente.model.ChannelStatus;
import org.detente.model.HistoricalDate;

/** A channel between institutions as of a date. */
public record ChannelState(Channel channel, ChannelStatus status, HistoricalDate since) {
    public ChannelState {
        Objects.requireNonNull(channel, "channel is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
    }

    public boolean active() {
        return status == ChannelStatus.ACTIVE;
    }
}
