package org.detente.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalKind;
import org.detente.roadmap.GoalStatus;

/**
 * Reference-class forecasting (Kahneman and Tversky, 1979; Flyvbjerg, 2006) of a dyad's open goals
 * from other cases: for each open goal with a kind, the durations from each other case's trigger to
 * its goals of the same kind being met (still open ones right-censored), estimated with
 * {@link KaplanMeierEstimator}, then conditioned on the dyad having waited {@code e} days since its
 * own trigger without meeting it: P(met by the end of month m) = 1 − S(e + uₘ) / S(e), with uₘ the
 * days from the date asked for to that month's end.
 *
 * <p>The target's own dyad is never in its reference class, whatever the list holds: a case
 * cannot inform its own forecast. Built from its inputs, answering {@link #forecast()}; O(C · G)
 * to gather the durations of C cases of G goals, plus the estimates.
 */
public final class ReferenceClassForecast {
    private final CaseHistory target;
    private final List<CaseHistory> references;
    private final YearMonth start;
    private final int months;

    /**
     * @param target     the dyad asked about, as of the date asked for
     * @param references the other cases (the target's own dyad among them is ignored)
     * @param months     the horizon, from the month after the target's date
     */
    public ReferenceClassForecast(CaseHistory target, List<CaseHistory> references, int months) {
        this.target = Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(references, "references is required");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, got " + months);
        }
        Dyad own = target.dyad();
        this.references = references.stream().filter(r -> !r.dyad().equals(own)).toList();
        this.start = YearMonth.from(target.observedUntil()).plusMonths(1);
        this.months = months;
    }

    /** One outlook per goal of the target not met as of its date, in roadmap order. */
    public List<ReferenceOutlook> forecast() {
        List<ReferenceOutlook> outlooks = new ArrayList<>();
        for (CaseHistory.GoalCourse goal : target.goals()) {
            if (goal.status() != GoalStatus.MET) {
                outlooks.add(outlook(goal));
            }
        }
        return outlooks;
    }

    private ReferenceOutlook outlook(CaseHistory.GoalCourse goal) {
        if (goal.kind().isEmpty()) {
            return uninformed(goal, Optional.empty(), List.of(), "the goal has no kind, so no case compares with it");
        }
        GoalKind kind = goal.kind().get();
        List<Observation> durations = new ArrayList<>();
        List<Dyad> informedBy = new ArrayList<>();
        for (CaseHistory reference : references) {
            List<Observation> own = reference.durations(kind);
            if (!own.isEmpty()) {
                durations.addAll(own);
                informedBy.add(reference.dyad());
            }
        }
        if (durations.isEmpty()) {
            return uninformed(goal, Optional.empty(), List.of(), "no reference case has a goal of kind " + code(kind));
        }
        SurvivalCurve curve = new KaplanMeierEstimator(durations).estimate();
        Optional<Long> waited = target.daysSinceTrigger();
        if (waited.isEmpty()) {
            return uninformed(goal, Optional.of(curve), informedBy,
                    "the dyad names no trigger (or it has not happened by " + target.observedUntil() + "), so its clock cannot be set");
        }
        LocalDate asOf = target.observedUntil();
        List<Double> shares = new ArrayList<>(months);
        for (int m = 0; m < months; m++) {
            long ahead = ChronoUnit.DAYS.between(asOf, start.plusMonths(m).atEndOfMonth());
            OptionalDouble share = curve.metWithinGivenOpen(waited.get(), ahead);
            if (share.isEmpty()) {
                return uninformed(goal, Optional.of(curve), informedBy, "every reference case met a goal of kind "
                        + code(kind) + " within " + waited.get() + " days of its trigger, and this one is still open");
            }
            shares.add(share.getAsDouble());
        }
        return new ReferenceOutlook(goal.goal(), goal.kind(), Optional.of(curve), informedBy, shares, Optional.empty());
    }

    private static ReferenceOutlook uninformed(CaseHistory.GoalCourse goal, Optional<SurvivalCurve> curve,
                                               List<Dyad> informedBy, String why) {
        return new ReferenceOutlook(goal.goal(), goal.kind(), curve, informedBy, List.of(), Optional.of(why));
    }

    static String code(GoalKind kind) {
        return org.detente.model.Codes.of(kind);
    }
}
