package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.CommitmentId;
import org.detente.model.CommitmentStatus;
import org.detente.state.CommitmentState;

/** A commitment (named by the entry that made it) is fulfilled. Code {@code commitment-fulfilled}. */
public record CommitmentIsFulfilled(CommitmentId commitment) implements Criterion {
    public static final String TYPE = "commitment-fulfilled";

    public CommitmentIsFulfilled {
        Objects.requireNonNull(commitment, "commitment is required");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "commitment " + commitment + " is fulfilled";
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<CommitmentState> state = context.state().commitment(commitment);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "commitment " + commitment + " is not made as of " + context.asOf());
        }
        CommitmentStatus now = state.get().status();
        return CriterionResult.of(now == CommitmentStatus.FULFILLED, "commitment " + commitment + " is "
                + Codes.of(now) + " since " + state.get().since());
    }
}
