package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.MissionId;
import org.detente.model.VisaIssuance;
import org.detente.state.MissionState;

/**
 * A mission issues visas at {@code level} or better ({@code none < emergency-only < limited <
 * full}), counting a mission that does not work as issuing none. Code {@code visa-issuance}.
 * Progress is the step reached on that scale ({@code "limited (2 of 3)"}).
 */
public record VisaIssuanceAtLeast(MissionId mission, VisaIssuance level) implements Criterion {
    public static final String TYPE = "visa-issuance";

    public VisaIssuanceAtLeast {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(level, "level is required");
        if (level == VisaIssuance.NONE) {
            throw new IllegalArgumentException("level must be above none: every mission issues at least none");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "mission " + mission + " issues visas at level " + Codes.of(level) + " or better";
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<MissionState> state = context.state().mission(mission);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "mission " + mission + " does not exist as of " + context.asOf());
        }
        Optional<VisaIssuance> now = state.get().effectiveVisaIssuance();
        if (now.isEmpty()) {
            return CriterionResult.of(false, "mission " + mission + " does no consular work");
        }
        int reached = now.get().ordinal();
        String text = Codes.of(now.get()) + " (" + reached + " of " + level.ordinal() + ")";
        return CriterionResult.of(now.get().atLeast(level), Progress.of(reached, level.ordinal(), text),
                "mission " + mission + " issues visas at level " + Codes.of(now.get()) + " as of " + context.asOf()
                        + " (" + Codes.of(state.get().status()) + "), needs " + Codes.of(level));
    }
}
