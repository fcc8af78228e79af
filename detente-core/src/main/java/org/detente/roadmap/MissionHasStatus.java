package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.state.MissionState;

/**
 * A mission has the given status (a consulate reopened: {@code operational}). Code
 * {@code mission-status}. A mission the state does not hold yet (its baseline starts later) is not met.
 */
public record MissionHasStatus(MissionId mission, MissionStatus status) implements Criterion {
    public static final String TYPE = "mission-status";

    public MissionHasStatus {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(status, "status is required");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "mission " + mission + " is " + Codes.of(status);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<MissionState> state = context.state().mission(mission);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "mission " + mission + " does not exist as of " + context.asOf());
        }
        MissionStatus now = state.get().status();
        return CriterionResult.of(now == status, "mission " + mission + " is " + Codes.of(now) + " since "
                + state.get().sinceText() + (now == status ? "" : ", needs " + Codes.of(status)));
    }
}
