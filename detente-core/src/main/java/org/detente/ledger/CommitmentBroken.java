package org.detente.ledger;

import java.util.Objects;
import org.detente.model.CommitmentId;

/** A party fails or refuses to do what it committed to. */
public record CommitmentBroken(CommitmentId commitment) implements Measure {
    public CommitmentBroken {
        Objects.requireNonNull(commitment, "commitment is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.COMMITMENT_BROKEN;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.commitmentBroken(this);
    }
}
