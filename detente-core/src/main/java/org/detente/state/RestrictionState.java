package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;

/** A restriction imposed by a host on the other side, with the date it was lifted if it was. */
public record RestrictionState(RestrictionId id, RestrictionKind kind, Country imposedBy, Country appliesTo,
                               String description, HistoricalDate since, Optional<HistoricalDate> liftedOn,
                               EntryId imposedIn) {
    public RestrictionState {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(liftedOn, "liftedOn is required");
    }

    public boolean inForce() {
        return liftedOn.isEmpty();
    }
}
