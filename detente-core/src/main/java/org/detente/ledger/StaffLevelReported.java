package org.detente.ledger;

import java.util.Objects;
import org.detente.model.Headcount;

/**
 * An observation: a source reports how many staff the sending country (the actor) has in the
 * host (the target). It resets the level; deltas after it apply on top.
 */
public record StaffLevelReported(Headcount level) implements Measure {
    public StaffLevelReported {
        Objects.requireNonNull(level, "level is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_LEVEL_REPORTED;
    }
}
