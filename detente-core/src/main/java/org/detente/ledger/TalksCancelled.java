package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.HistoricalDate;
import org.detente.model.TalksFormat;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A planned meeting is called off or postponed without a date (actor: the side that calls it off).
 * When it responds to a {@link TalksAnnounced} entry, that announcement is no longer upcoming.
 */
public record TalksCancelled(String venue, Optional<HistoricalDate> plannedFor, TalksFormat format, String reason,
                             List<TrackId> tracks) implements Measure {
    public TalksCancelled {
        venue = Text.require(venue, "venue");
        Objects.requireNonNull(plannedFor, "plannedFor is required (empty when no date was given)");
        Objects.requireNonNull(format, "format is required");
        reason = Text.optional(reason);
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks is required"));
    }

    @Override
    public MeasureType type() {
        return MeasureType.TALKS_CANCELLED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.talksCancelled(this);
    }
}
