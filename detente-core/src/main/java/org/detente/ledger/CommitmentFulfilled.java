package org.detente.ledger;

import java.util.Objects;
import org.detente.model.CommitmentId;

/** A party does what it committed to. */
public record CommitmentFulfilled(CommitmentId commitment) implements Measure {
    public CommitmentFulfilled {
        Objects.requireNonNull(commitment, "commitment is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.COMMITMENT_FULFILLED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.commitmentFulfilled(this);
    }
}
