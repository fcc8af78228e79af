package org.detente.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.TalksFormat;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A meeting announced for a later date, or called off, as of a date: announced by
 * {@code announcedBy} on {@code announcedOn} (empty when only the cancellation is recorded), and
 * {@code cancelledOn} once a cancellation is recorded, with its reason.
 */
public record PlannedTalks(EntryId entry, Country announcedBy, String venue, Optional<HistoricalDate> plannedFor,
                           TalksFormat format, List<TrackId> tracks, Optional<HistoricalDate> announcedOn,
                           Optional<HistoricalDate> cancelledOn, String cancellationReason) {
    public PlannedTalks {
        Objects.requireNonNull(entry, "entry is required");
        Objects.requireNonNull(announcedBy, "announcedBy is required");
        venue = Text.require(venue, "venue");
        Objects.requireNonNull(plannedFor, "plannedFor is required");
        Objects.requireNonNull(format, "format is required");
        tracks = List.copyOf(tracks);
        Objects.requireNonNull(announcedOn, "announcedOn is required");
        Objects.requireNonNull(cancelledOn, "cancelledOn is required");
        cancellationReason = Text.optional(cancellationReason);
    }

    public boolean cancelled() {
        return cancelledOn.isPresent();
    }
}
