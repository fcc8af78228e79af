package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.RestrictionId;
import org.detente.state.RestrictionState;

/**
 * A restriction (named by the entry that imposed it) is not in force: lifted, or not imposed by
 * the date asked for. Code {@code restriction-not-in-force}.
 */
public record RestrictionNotInForce(RestrictionId restriction) implements Criterion {
    public static final String TYPE = "restriction-not-in-force";

    public RestrictionNotInForce {
        Objects.requireNonNull(restriction, "restriction is required");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "restriction " + restriction + " is not in force";
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<RestrictionState> state = context.state().restriction(restriction);
        if (state.isEmpty()) {
            return CriterionResult.of(true, "restriction " + restriction + " is not imposed as of " + context.asOf());
        }
        if (state.get().inForce()) {
            return CriterionResult.of(false, "restriction " + restriction + " is in force since " + state.get().since());
        }
        return CriterionResult.of(true, "restriction " + restriction + " was lifted on " + state.get().liftedOn().get());
    }
}
