package org.detente.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalId;

/**
 * The forecast of a dyad's open goals from the reference class and its own pace, as of a date.
 *
 * @param dyad       the dyad
 * @param asOf       the date asked for
 * @param trigger    the day of its trigger, when named and held
 * @param start      the first month of the horizon (the month after {@code asOf})
 * @param months     the horizon in months
 * @param ownGoalsMet the goals the dyad met since its talks began (the weight of its own pace)
 * @param goals      one outlook per open goal, in roadmap order
 * @param cases      every case the reference class held (the dyad itself never among them)
 */
public record RoadmapForecast(Dyad dyad, LocalDate asOf, Optional<LocalDate> trigger, YearMonth start, int months,
                              int ownGoalsMet, List<BlendedOutlook> goals, List<Dyad> cases) {
    public RoadmapForecast {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(trigger, "trigger is required (empty when none)");
        Objects.requireNonNull(start, "start is required");
        goals = List.copyOf(goals);
        cases = List.copyOf(cases);
    }

    /** The outlook of one goal, when it is open. */
    public Optional<BlendedOutlook> goal(GoalId id) {
        return goals.stream().filter(g -> g.goal().equals(id)).findFirst();
    }
}
