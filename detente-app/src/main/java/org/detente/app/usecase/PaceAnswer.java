package org.detente.app.usecase;

import java.util.Objects;
import org.detente.analysis.PaceReport;
import org.detente.forecast.RoadmapForecast;

/**
 * The pace of talks as of a date, and the forecast pooled from the reference cases and the dyad's
 * own pace under the default rules.
 *
 * @param basis     what it was computed from (the dyad, its goals, the moment of knowledge)
 * @param report    rounds, goals met since talks began, the rate, a forecast for each open goal
 * @param reference the pooled forecast
 */
public record PaceAnswer(DyadBasis basis, PaceReport report, RoadmapForecast reference) {
    public PaceAnswer {
        Objects.requireNonNull(basis, "basis is required");
        Objects.requireNonNull(report, "report is required");
        Objects.requireNonNull(reference, "reference is required");
    }
}
