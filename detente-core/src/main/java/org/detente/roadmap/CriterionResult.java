package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;

/**
 * What a criterion says about a state: whether it is met, the progress when the criterion is
 * numeric (or composite), and an explanation in words that names what was looked at
 * ({@code "mission ru-cg-san-francisco is closed, needs operational"}). When a figure is unknown,
 * the result is not met and the explanation says why.
 */
public record CriterionResult(boolean met, Optional<Progress> progress, String explanation) {
    public CriterionResult {
        Objects.requireNonNull(progress, "progress is required (empty for yes/no criteria)");
        Objects.requireNonNull(explanation, "explanation is required");
    }

    static CriterionResult of(boolean met, String explanation) {
        return new CriterionResult(met, Optional.empty(), explanation);
    }

    static CriterionResult of(boolean met, Progress progress, String explanation) {
        return new CriterionResult(met, Optional.of(progress), explanation);
    }
}
