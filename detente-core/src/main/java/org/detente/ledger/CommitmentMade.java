package org.detente.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.CommitmentId;
import org.detente.model.Text;
import org.detente.model.TrackId;

/** The actor commits to something, by a date when one was set; open until fulfilled or broken. */
public record CommitmentMade(CommitmentId commitment, String content, Optional<LocalDate> due,
                             Optional<TrackId> track) implements Measure {
    public CommitmentMade {
        Objects.requireNonNull(commitment, "commitment is required");
        content = Text.require(content, "content");
        Objects.requireNonNull(due, "due is required (empty when none)");
        Objects.requireNonNull(track, "track is required (empty when none)");
    }

    @Override
    public MeasureType type() {
        return MeasureType.COMMITMENT_MADE;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.commitmentMade(this);
    }
}
