package org.detente.simulation.calibration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.roadmap.GoalId;

/**
 * What a {@link MonteCarloForecast} found: the settings and inputs it ran with, one
 * {@link GoalOutlook} per goal (in the roadmap's order) and one {@link MonthOutlook} per month.
 * Equal inputs and seed give an equal result, whether the runs went in parallel or not.
 *
 * @param settings          months, runs and seed
 * @param first             how the dyad's first country played
 * @param second            how the second country played
 * @param goalProbability   the chance a month of mutual conciliation met the top READY goal
 * @param goals             the goals' outlooks
 * @param months            the months' escalation outlooks
 */
public record ForecastResult(ForecastSettings settings, SidePolicy first, SidePolicy second, double goalProbability,
                             List<GoalOutlook> goals, List<MonthOutlook> months) {

    /** Copies the lists. */
    public ForecastResult {
        Objects.requireNonNull(settings, "settings is required");
        Objects.requireNonNull(first, "first is required");
        Objects.requireNonNull(second, "second is required");
        goals = List.copyOf(goals);
        months = List.copyOf(months);
        if (months.size() != settings.months()) {
            throw new IllegalArgumentException("one outlook per month is required: " + settings.months() + ", got " + months.size());
        }
    }

    /** The outlook of one goal. */
    public Optional<GoalOutlook> goal(GoalId id) {
        return goals.stream().filter(g -> g.goal().equals(id)).findFirst();
    }
}
