package org.detente.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalStatus;

/**
 * The back-test of {@link ReferenceForecaster} on the cases themselves, leaving one out at a time.
 * For every case with a trigger and some goal of a kind met after it: at a week after the trigger
 * and at 6, 12 and 24 months after it (those before its last entry), the case is read as its ledger
 * knew it at the end of that day ({@link ForecastCase#knownAt}: only entries recorded by then), the
 * forecaster learns from the other cases only, and each open goal's forecast is set beside what
 * the whole case shows happened. A point is kept only when its outcome is known: met, or still
 * open with the case observed past the horizon. The rules are the same for every case.
 * Cost: cases × moments forecasts, each a simulation of {@code rules.runs()} runs.
 */
public final class LeaveOneOutBacktest {
    /** The moments asked at, in months after the trigger (0: a week after it). */
    public static final List<Integer> MOMENTS = List.of(0, 6, 12, 24);
    private final List<ForecastCase> cases;
    private final ForecastRules rules;

    public LeaveOneOutBacktest(List<ForecastCase> cases, ForecastRules rules) {
        this.cases = List.copyOf(Objects.requireNonNull(cases, "cases is required"));
        this.rules = Objects.requireNonNull(rules, "rules is required");
    }

    /** Runs the back-test. */
    public BacktestResult run() {
        List<Dyad> held = new ArrayList<>();
        Map<Dyad, String> skipped = new LinkedHashMap<>();
        List<BacktestPoint> points = new ArrayList<>();
        Map<Dyad, BacktestScore> byCase = new LinkedHashMap<>();
        for (ForecastCase heldOut : cases) {
            Optional<LocalDate> last = heldOut.lastEntryDate();
            if (last.isEmpty()) {
                skipped.put(heldOut.dyad(), "the ledger is empty");
                continue;
            }
            CaseHistory outcome = heldOut.history(last.get());
            if (outcome.trigger().isEmpty()) {
                skipped.put(heldOut.dyad(), "the roadmap names no trigger held in the ledger");
                continue;
            }
            boolean anyMet = outcome.goals().stream().anyMatch(g -> g.kind().isPresent() && g.metOn()
                    .filter(d -> !d.isBefore(outcome.trigger().get())).isPresent());
            if (!anyMet) {
                skipped.put(heldOut.dyad(), "no goal of a kind was met after its trigger");
                continue;
            }
            List<ForecastCase> others = cases.stream().filter(c -> !c.dyad().equals(heldOut.dyad())).toList();
            ReferenceForecaster forecaster = new ReferenceForecaster(others, rules);
            List<BacktestPoint> own = new ArrayList<>();
            for (int offset : MOMENTS) {
                LocalDate moment = offset == 0 ? outcome.trigger().get().plusDays(7) : outcome.trigger().get().plusMonths(offset);
                if (!moment.isBefore(last.get())) {
                    continue;
                }
                Instant knownAt = moment.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
                ForecastCase asKnown = heldOut.knownAt(Optional.of(knownAt));
                RoadmapForecast forecast = forecaster.forecast(asKnown, moment);
                for (BlendedOutlook goal : forecast.goals()) {
                    if (goal.forecast()) {
                        point(heldOut.dyad(), moment, forecast.start(), goal, outcome, last.get()).ifPresent(own::add);
                    }
                }
            }
            held.add(heldOut.dyad());
            points.addAll(own);
            byCase.put(heldOut.dyad(), BacktestScore.of(own));
        }
        return new BacktestResult(rules, held, skipped, points, byCase, BacktestScore.of(points));
    }

    private Optional<BacktestPoint> point(Dyad dyad, LocalDate moment, YearMonth start, BlendedOutlook forecast,
                                          CaseHistory outcome, LocalDate observedUntil) {
        CaseHistory.GoalCourse course = outcome.goal(forecast.goal()).orElseThrow();
        YearMonth end = start.plusMonths(rules.months() - 1);
        Optional<YearMonth> metMonth = course.status() == GoalStatus.MET
                ? course.metOn().map(YearMonth::from).map(m -> m.isBefore(start) ? start : m) : Optional.empty();
        YearMonth observed = YearMonth.from(observedUntil);
        boolean withinHorizon = metMonth.isPresent() && !metMonth.get().isAfter(end);
        if (!withinHorizon && observed.isBefore(end)) {
            return Optional.empty();
        }
        Optional<YearMonth> actual = withinHorizon ? metMonth : Optional.empty();
        boolean inside;
        if (actual.isEmpty()) {
            inside = forecast.p90().isEmpty();
        } else {
            inside = forecast.p10().isPresent() && !actual.get().isBefore(forecast.p10().get())
                    && (forecast.p90().isEmpty() || !actual.get().isAfter(forecast.p90().get()));
        }
        return Optional.of(new BacktestPoint(dyad, moment, forecast.goal(), forecast, actual, inside,
                within(metMonth, start, observed, 6), within(metMonth, start, observed, 12)));
    }

    /** Whether it was met within the first {@code months} months, when known. */
    private static Optional<Boolean> within(Optional<YearMonth> met, YearMonth start, YearMonth observed, int months) {
        YearMonth last = start.plusMonths(months - 1);
        if (met.isPresent() && !met.get().isAfter(last)) {
            return Optional.of(true);
        }
        return observed.isBefore(last) ? Optional.empty() : Optional.of(false);
    }
}
