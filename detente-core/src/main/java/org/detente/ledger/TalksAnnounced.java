package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.HistoricalDate;
import org.detente.model.TalksFormat;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A meeting is announced for a later date: where, when (to the day, month or year, when known),
 * in which format and on which tracks. A later {@link TalksCancelled} that responds to it calls it off.
 */
public record TalksAnnounced(String venue, Optional<HistoricalDate> plannedFor, TalksFormat format,
                             List<TrackId> tracks) implements Measure {
    public TalksAnnounced {
        venue = Text.require(venue, "venue");
        Objects.requireNonNull(plannedFor, "plannedFor is required (empty when no date was given)");
        Objects.requireNonNull(format, "format is required");
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks is required"));
    }

    @Override
    public MeasureType type() {
        return MeasureType.TALKS_ANNOUNCED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.talksAnnounced(this);
    }
}
