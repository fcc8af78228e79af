package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.ConditionId;
import org.detente.state.ConditionState;

/**
 * An external condition that détente does not model (peace between Russia and Ukraine) holds, as
 * set by the definitions' baseline and {@code condition-changed} entries; with {@code holds}
 * false, that it does not hold. Code {@code condition}.
 */
public record ConditionHolds(ConditionId condition, boolean holds) implements Criterion {
    public static final String TYPE = "condition";

    public ConditionHolds {
        Objects.requireNonNull(condition, "condition is required");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "condition " + condition + (holds ? " holds" : " does not hold");
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<ConditionState> state = context.state().condition(condition);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "condition " + condition + " is not defined for " + context.state().dyad());
        }
        boolean now = state.get().holds();
        return CriterionResult.of(now == holds, "condition " + condition + (now ? " holds" : " does not hold")
                + state.get().since().map(d -> " since " + d).orElse(" (baseline)"));
    }
}
