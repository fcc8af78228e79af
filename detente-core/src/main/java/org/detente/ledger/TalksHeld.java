package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.model.TalksFormat;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A round of talks: where, who, on what, with what outcome, on which tracks; optionally its format
 * (a working round, a summit, a leaders' call, another meeting) and how many hours it lasted.
 */
public record TalksHeld(String venue, List<String> delegations, List<String> agenda, String outcome,
                        List<TrackId> tracks, Optional<TalksFormat> format, OptionalDouble durationHours)
        implements Measure {
    public TalksHeld {
        Objects.requireNonNull(format, "format is required (empty when not given)");
        Objects.requireNonNull(durationHours, "durationHours is required (empty when not given)");
        if (durationHours.isPresent() && !(durationHours.getAsDouble() > 0 && durationHours.getAsDouble() <= 240)) {
            throw new IllegalArgumentException("durationHours must be a number of hours above 0 and at most 240, got "
                    + durationHours.getAsDouble());
        }
        venue = Text.require(venue, "venue");
        delegations = List.copyOf(Objects.requireNonNull(delegations, "delegations is required"));
        agenda = List.copyOf(Objects.requireNonNull(agenda, "agenda is required"));
        outcome = Text.optional(outcome);
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks is required"));
    }

    /** A round without format or duration. */
    public TalksHeld(String venue, List<String> delegations, List<String> agenda, String outcome,
                     List<TrackId> tracks) {
        this(venue, delegations, agenda, outcome, tracks, Optional.empty(), OptionalDouble.empty());
    }

    @Override
    public MeasureType type() {
        return MeasureType.TALKS_HELD;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.talksHeld(this);
    }
}
