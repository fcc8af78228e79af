package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Channel;
import org.detente.model.ChannelStatus;
import org.detente.model.HistoricalDate;

/**
 * A channel between institutions as of a date: its status since the event that set it, and the
 * day it last met with the number of meetings recorded (a channel that keeps meeting is active).
 */
public record ChannelState(Channel channel, ChannelStatus status, HistoricalDate since,
                           Optional<HistoricalDate> lastMet, int meetings) {
    public ChannelState {
        Objects.requireNonNull(channel, "channel is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(lastMet, "lastMet is required (empty when no meeting is recorded)");
        if (meetings < 0) {
            throw new IllegalArgumentException("meetings must not be negative, got " + meetings);
        }
    }

    /** A channel with no meeting recorded. */
    public ChannelState(Channel channel, ChannelStatus status, HistoricalDate since) {
        this(channel, status, since, Optional.empty(), 0);
    }

    public boolean active() {
        return status == ChannelStatus.ACTIVE;
    }
}
