package org.detente.state;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.CommitmentId;
import org.detente.model.CommitmentStatus;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.TrackId;

/** A commitment as of a date: who made it, what it says, when it is due and where it stands. */
public record CommitmentState(CommitmentId id, Country party, String content, Optional<LocalDate> due,
                              Optional<TrackId> track, HistoricalDate madeOn, CommitmentStatus status,
                              HistoricalDate since) {
    public CommitmentState {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(status, "status is required");
    }

    /** Whether it is still open after its due date. */
    public boolean overdueOn(LocalDate date) {
        return status == CommitmentStatus.OPEN && due.isPresent() && date.isAfter(due.get());
    }
}
