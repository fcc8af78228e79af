package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import org.detente.model.Text;
import org.detente.model.TrackId;

/** A round of talks: where, who, on what, with what outcome, on which tracks. */
public record TalksHeld(String venue, List<String> delegations, List<String> agenda, String outcome,
                        List<TrackId> tracks) implements Measure {
    public TalksHeld {
        venue = Text.require(venue, "venue");
        delegations = List.copyOf(Objects.requireNonNull(delegations, "delegations is required"));
        agenda = List.copyOf(Objects.requireNonNull(agenda, "agenda is required"));
        outcome = Text.optional(outcome);
        tracks = List.copyOf(Objects.requireNonNull(tracks, "tracks is required"));
    }

    @Override
    public MeasureType type() {
        return MeasureType.TALKS_HELD;
    }
}
