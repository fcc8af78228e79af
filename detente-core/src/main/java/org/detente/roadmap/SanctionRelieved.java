package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.state.SanctionState;

/**
 * A sanctions measure (named by the entry that imposed it) is eased or lifted: with
 * {@code relief} {@code EASED} either counts, with {@code LIFTED} only lifting. Code
 * {@code sanction-relief}. A sanction not imposed by the date asked for has not been relieved,
 * so it is not met: the goal speaks of a measure the ledger should hold.
 */
public record SanctionRelieved(SanctionId sanction, SanctionStatus relief) implements Criterion {
    public static final String TYPE = "sanction-relief";

    public SanctionRelieved {
        Objects.requireNonNull(sanction, "sanction is required");
        Objects.requireNonNull(relief, "relief is required");
        if (relief == SanctionStatus.IN_FORCE) {
            throw new IllegalArgumentException("relief must be eased or lifted, not in-force");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "sanction " + sanction + " is " + (relief == SanctionStatus.EASED ? "eased or lifted" : "lifted");
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<SanctionState> state = context.state().sanction(sanction);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "sanction " + sanction + " is not imposed as of " + context.asOf());
        }
        SanctionStatus now = state.get().status();
        boolean met = relief == SanctionStatus.EASED ? now != SanctionStatus.IN_FORCE : now == SanctionStatus.LIFTED;
        return CriterionResult.of(met, "sanction " + sanction + " is " + Codes.of(now) + " since " + state.get().since()
                + (met ? "" : ", needs " + Codes.of(relief)));
    }
}
