package org.detente.app.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.forecast.BacktestResult;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.LeaveOneOutBacktest;
import org.detente.forecast.OwnPaceForecast;
import org.detente.forecast.ReferenceForecaster;
import org.detente.forecast.RoadmapForecast;

/**
 * The reference-class forecast and its back-test over every dyad of a workspace (docs/forecasting.md):
 * each dyad with a valid roadmap is a case; the others are skipped (their analyses say why).
 */
public final class ReferenceForecasts {
    private final Workspace workspace;

    public ReferenceForecasts(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace is required");
    }

    /** Every dyad that can be a case, as known now, in the workspace's order. */
    public List<ForecastCase> cases() {
        return cases(Optional.empty());
    }

    /** Every dyad that can be a case, as the ledgers knew them at {@code knownAt} (empty: now). */
    public List<ForecastCase> cases(Optional<Instant> knownAt) {
        List<ForecastCase> cases = new ArrayList<>();
        for (String id : workspace.dyads()) {
            try {
                cases.add(caseOf(DyadAnalyses.of(workspace.dyad(id)).knownAt(knownAt)));
            } catch (DyadAnalyses.Unavailable e) {
                // A dyad without a valid roadmap has no goals to compare; its own pages say why.
            }
        }
        return cases;
    }

    /** The case of one dyad, as its analyses know it (their moment of knowledge applied). */
    public static ForecastCase caseOf(DyadAnalyses analyses) {
        return new ForecastCase(analyses.ledger().definition(), analyses.roadmap(), analyses.ledger().entries())
                .knownAt(analyses.knownAt());
    }

    /** The pooled forecast of the dyad of {@code analyses} as of {@code asOf}, learning from every other dyad. */
    public RoadmapForecast forecast(DyadAnalyses analyses, LocalDate asOf, ForecastRules rules) {
        return new ReferenceForecaster(cases(), rules).forecast(caseOf(analyses), asOf);
    }

    /** The same, pooled with a simulation already run for the dyad over the same horizon. */
    public RoadmapForecast forecast(DyadAnalyses analyses, LocalDate asOf, OwnPaceForecast own, ForecastRules rules) {
        return new ReferenceForecaster(cases(), rules).forecast(caseOf(analyses).history(asOf), Optional.of(own));
    }

    /** The leave-one-case-out back-test over every case. */
    public BacktestResult backtest(ForecastRules rules) {
        return new LeaveOneOutBacktest(cases(), rules).run();
    }
}
