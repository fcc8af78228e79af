package org.detente.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;

/**
 * The one forecast of an open goal: the reference class and the dyad's own pace pooled. The
 * percentiles are the first month by whose end that share is met; empty when the share is not
 * reached within the horizon. Without any source ({@link #forecast()} false) every figure is empty
 * and {@code note} says why.
 *
 * @param goal            the goal
 * @param kind            its kind, when it has one
 * @param p10             the month by which 10% is met
 * @param p50             the median month
 * @param p90             the month by which 90% is met
 * @param notMetShare     the share not met within the horizon, when there is a forecast
 * @param referenceWeight the weight of the reference class in the pool (0 when no case informs it)
 * @param informedBy      the cases that inform the reference part
 * @param referenceEvents how many goals of the kind those cases met (what the weight rests on)
 * @param metByMonth      the pooled share met by the end of each month of the horizon
 * @param note            what is missing: why no case informs the goal, or why there is no forecast at all
 */
public record BlendedOutlook(GoalId goal, Optional<GoalKind> kind, Optional<YearMonth> p10, Optional<YearMonth> p50,
                             Optional<YearMonth> p90, Optional<Double> notMetShare, double referenceWeight,
                             List<Dyad> informedBy, int referenceEvents, List<Double> metByMonth, Optional<String> note) {
    public BlendedOutlook {
        Objects.requireNonNull(goal, "goal is required");
        Objects.requireNonNull(kind, "kind is required (empty when none)");
        Objects.requireNonNull(p10, "p10 is required (empty when not reached)");
        Objects.requireNonNull(p50, "p50 is required (empty when not reached)");
        Objects.requireNonNull(p90, "p90 is required (empty when not reached)");
        Objects.requireNonNull(notMetShare, "notMetShare is required (empty without a forecast)");
        if (!(referenceWeight >= 0 && referenceWeight <= 1)) {
            throw new IllegalArgumentException("referenceWeight must lie in [0, 1], got " + referenceWeight);
        }
        informedBy = List.copyOf(informedBy);
        metByMonth = List.copyOf(metByMonth);
        Objects.requireNonNull(note, "note is required (empty when none)");
        if (metByMonth.isEmpty() && note.isEmpty()) {
            throw new IllegalArgumentException("goal " + goal + ": an outlook without a forecast must say why");
        }
    }

    /** Whether there is a forecast at all. */
    public boolean forecast() {
        return !metByMonth.isEmpty();
    }

    /** The pooled share met within {@code months} months of the horizon's start (0 for none; the last month's beyond it). */
    public Optional<Double> metWithinMonths(int months) {
        if (metByMonth.isEmpty()) {
            return Optional.empty();
        }
        if (months <= 0) {
            return Optional.of(0.0);
        }
        return Optional.of(metByMonth.get(Math.min(months, metByMonth.size()) - 1));
    }
}
