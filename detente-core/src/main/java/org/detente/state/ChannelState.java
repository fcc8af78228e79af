package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Channel;
import org.detente.model.ChannelStatus;
import org.detente.model.HistoricalDate;

/**
 * A channel between institutions as of a date: its status since the event that set it, and the
 * day it last met with the number of meetings recorded (a channel that keeps meeting is active).
 * {@code startUnknown} when the status is a baseline whose start no source gives.
 */
public record ChannelState(Channel channel, ChannelStatus status, HistoricalDate since, boolean startUnknown,
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

    /** A status set by an entry, whose start is that entry's date. */
    public ChannelState(Channel channel, ChannelStatus status, HistoricalDate since,
                        Optional<HistoricalDate> lastMet, int meetings) {
        this(channel, status, since, false, lastMet, meetings);
    }

    /** A channel with no meeting recorded. */
    public ChannelState(Channel channel, ChannelStatus status, HistoricalDate since) {
        this(channel, status, since, Optional.empty(), 0);
    }

    /** The channel's baseline, before any entry speaks of it. */
    public static ChannelState baseline(Channel channel) {
        return new ChannelState(channel, channel.status(), channel.since(), channel.startUnknown(), Optional.empty(), 0);
    }

    /** The status's start in words: its date, or unknown with the date a source attests it. */
    public String sinceText() {
        return HistoricalDate.since(since, startUnknown);
    }

    /** The day the status began, or empty when no source says (then {@code since} is only attested). */
    public Optional<HistoricalDate> knownSince() {
        return startUnknown ? Optional.empty() : Optional.of(since);
    }

    public boolean active() {
        return status == ChannelStatus.ACTIVE;
    }
}
