package org.detente.ledger;

import java.util.Objects;
import org.detente.model.SanctionId;

/** A sanctions measure is eased: still in force, in part. */
public record SanctionEased(SanctionId sanction) implements Measure {
    public SanctionEased {
        Objects.requireNonNull(sanction, "sanction is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.SANCTION_EASED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.sanctionEased(this);
    }
}
