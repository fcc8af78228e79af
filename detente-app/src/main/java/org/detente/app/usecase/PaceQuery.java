package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.detente.analysis.PaceReport;
import org.detente.analysis.PoissonPaceAnalysis;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.GoalTimeline;
import org.detente.state.TalksRound;

/**
 * The pace of talks as of the question's date: rounds, goals met since talks began, the rate, a
 * forecast for each open goal, and the forecast pooled from the reference cases.
 */
public final class PaceQuery {
    private final DyadBases bases;
    private final ForecastQuery forecast;

    public PaceQuery(DyadBases bases, ForecastQuery forecast) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
        this.forecast = Objects.requireNonNull(forecast, "forecast is required");
    }

    /** When a goal counts as met is the core's rule ({@link GoalTimeline#milestones}); the pooled forecast runs under the default rules. */
    public PaceAnswer answer(Question question) {
        DyadBasis basis = bases.basis(question);
        LocalDate asOf = question.asOf();
        GoalTimeline timeline = GoalTimeline.of(basis.roadmap(), basis.history(), basis.view().knownEntriesBy(asOf), asOf);
        PaceReport report = new PoissonPaceAnalysis(measuredRounds(basis, asOf),
                timeline.milestones(basis.roadmap())).asOf(asOf);
        return new PaceAnswer(basis, report, forecast.answer(question, ForecastQuery.Request.pooled(ForecastRules.DEFAULTS))
                .reference().orElseThrow());
    }

    /**
     * The rounds whose pace the roadmap measures: from its trigger on, when it names one (none while
     * the trigger is not yet known on the question's date); every round otherwise.
     */
    private static List<TalksRound> measuredRounds(DyadBasis basis, LocalDate asOf) {
        List<TalksRound> talks = basis.history().stateAsOf(asOf).talks();
        if (basis.roadmap().trigger().isEmpty()) {
            return talks;
        }
        return basis.roadmap().triggeredOn(basis.view().knownEntriesBy(asOf), asOf)
                .map(day -> PoissonPaceAnalysis.roundsFrom(talks, day)).orElse(List.of());
    }
}
