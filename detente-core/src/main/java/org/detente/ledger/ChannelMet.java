package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import org.detente.model.ChannelId;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A channel holds a meeting (a round of consultations, a session of a working group): the
 * channel is active from that day and its last meeting is this one.
 */
public record ChannelMet(ChannelId channel, String venue, String outcome, List<TrackId> tracks) implements Measure {
    public ChannelMet {
        Objects.requireNonNull(channel, "channel is required");
        venue = Text.optional(venue);
        outcome = Text.optional(outcome);
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks is required"));
    }

    @Override
    public MeasureType type() {
        return MeasureType.CHANNEL_MET;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.channelMet(this);
    }
}
