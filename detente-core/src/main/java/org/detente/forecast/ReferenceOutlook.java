package org.detente.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;

/**
 * What the reference class says of one open goal: the survival curve of its kind across the other
 * cases, and, conditioned on the time the dyad has already waited since its trigger, the share
 * met by the end of each month of the horizon. Empty shares, with {@code note} saying why, when no
 * case informs the goal (no kind, no trigger, no case with a goal of that kind, or every case met
 * it sooner than the time already waited here).
 *
 * @param goal        the goal
 * @param kind        its kind, when it has one
 * @param curve       the Kaplan–Meier curve of the kind's durations, when any case has one
 * @param informedBy  the cases whose durations make the curve, in the order given
 * @param metByMonth  for each month of the horizon, the share met by its end; empty when not informed
 * @param note        why the reference class says nothing, or empty
 */
public record ReferenceOutlook(GoalId goal, Optional<GoalKind> kind, Optional<SurvivalCurve> curve, List<Dyad> informedBy,
                               List<Double> metByMonth, Optional<String> note) {
    public ReferenceOutlook {
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(kind, "kind is required (empty when none)");
        Objects.requireNonNull(curve, "curve is required (empty when none)");
        informedBy = List.copyOf(informedBy);
        metByMonth = List.copyOf(metByMonth);
        Objects.requireNonNull(note, "note is required (empty when none)");
        if (metByMonth.isEmpty() == note.isEmpty()) {
            throw new IllegalArgumentException("goal " + goal + ": either monthly shares or a note saying why there are none");
        }
    }

    /** Whether some case informs the goal. */
    public boolean informed() {
        return !metByMonth.isEmpty();
    }

    /** The events (goals of the kind met) the curve rests on. */
    public int events() {
        return curve.map(SurvivalCurve::events).orElse(0);
    }
}
