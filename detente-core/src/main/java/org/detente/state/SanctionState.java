package org.detente.state;

import java.util.Objects;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.SanctionTargetKind;

/** A sanctions measure as of a date: who imposed it on what, and whether it is in force, eased or lifted. */
public record SanctionState(SanctionId id, Country imposedBy, Country targetCountry, String target,
                            SanctionTargetKind targetKind, String description, HistoricalDate imposedOn,
                            SanctionStatus status, HistoricalDate since) {
    public SanctionState {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(status, "status is required");
    }
}
