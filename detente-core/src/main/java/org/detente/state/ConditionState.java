package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Condition;
import org.detente.model.HistoricalDate;

/** An external condition as of a date, with the date of the entry that last set it. */
public record ConditionState(Condition condition, boolean holds, Optional<HistoricalDate> since) {
    public ConditionState {
        Objects.requireNonNull(condition, "condition is required");
        Objects.requireNonNull(since, "since is required");
    }
}
