package org.detente.ledger;

import java.util.Objects;
import org.detente.model.Text;

/**
 * Corrects the ledger without editing it: the named entry counts as never recorded for anyone
 * who knows of this retraction.
 */
public record Retraction(EntryId retracts, String reason) implements Measure {
    public Retraction {
        Objects.requireNonNull(retracts, "retracts is required");
        reason = Text.require(reason, "reason");
    }

    @Override
    public MeasureType type() {
        return MeasureType.RETRACTION;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.retraction(this);
    }
}
