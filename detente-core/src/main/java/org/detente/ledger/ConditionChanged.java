package org.detente.ledger;

import java.util.Objects;
import org.detente.model.ConditionId;

/** An external condition (e.g. peace between Russia and Ukraine) starts or stops holding. */
public record ConditionChanged(ConditionId condition, boolean holds) implements Measure {
    public ConditionChanged {
        Objects.requireNonNull(condition, "condition is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.CONDITION_CHANGED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.conditionChanged(this);
    }
}
