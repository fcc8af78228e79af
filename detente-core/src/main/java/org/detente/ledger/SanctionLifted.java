package org.detente.ledger;

import java.util.Objects;
import org.detente.model.SanctionId;

/** A sanctions measure is lifted. */
public record SanctionLifted(SanctionId sanction) implements Measure {
    public SanctionLifted {
        Objects.requireNonNull(sanction, "sanction is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.SANCTION_LIFTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.sanctionLifted(this);
    }
}
