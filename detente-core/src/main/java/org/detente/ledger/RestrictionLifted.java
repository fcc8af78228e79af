package org.detente.ledger;

import java.util.Objects;
import org.detente.model.RestrictionId;

/** A restriction imposed earlier is lifted by the side that imposed it. */
public record RestrictionLifted(RestrictionId restriction) implements Measure {
    public RestrictionLifted {
        Objects.requireNonNull(restriction, "restriction is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.RESTRICTION_LIFTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.restrictionLifted(this);
    }
}
