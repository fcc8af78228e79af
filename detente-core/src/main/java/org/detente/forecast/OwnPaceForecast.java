package org.detente.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.Dyad;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.simulation.calibration.Calibration;
import org.detente.simulation.calibration.CalibrationRules;
import org.detente.simulation.calibration.ForecastProgress;
import org.detente.simulation.calibration.ForecastResult;
import org.detente.simulation.calibration.ForecastSettings;
import org.detente.simulation.calibration.GoalPace;
import org.detente.simulation.calibration.MonteCarloForecast;
import org.detente.simulation.calibration.ReactionCalibration;
import org.detente.simulation.calibration.SidePolicy;
import org.detente.state.Projector;

/**
 * The dyad's own pace, as the calibrated simulation sees it (docs/simulation.md): the reactions of
 * each side estimated from its ledger since {@code since} (default its first entry), goals met at
 * the pace observed since the first round of talks (or since {@code since} without talks), and a
 * Monte Carlo run of the roadmap from the month after {@code asOf}.
 *
 * @param calibration the reaction profiles
 * @param paceFrom    where the pace was counted from
 * @param pace        goals met and months of mutual conciliation in that period
 * @param result      the simulated outlook of every goal and month
 */
public record OwnPaceForecast(Calibration calibration, LocalDate paceFrom, GoalPace pace, ForecastResult result) {
    public OwnPaceForecast {
        Objects.requireNonNull(calibration, "calibration is required");
        Objects.requireNonNull(paceFrom, "paceFrom is required");
        Objects.requireNonNull(pace, "pace is required");
        Objects.requireNonNull(result, "result is required");
    }

    /**
     * Runs the simulation of {@code source} as of {@code asOf}, in parallel.
     *
     * @param since      calibrate from this day (null: the ledger's first entry)
     * @param windowDays the days within which an answer counts
     * @throws IllegalArgumentException when {@code since} is after {@code asOf}
     */
    public static OwnPaceForecast run(ForecastCase source, LocalDate asOf, LocalDate since, int windowDays,
                                      SidePolicy first, SidePolicy second, int months, int runs, long seed,
                                      ForecastProgress progress) {
        Dyad dyad = source.dyad();
        List<Entry> entries = source.entries();
        LocalDate from = since != null ? since : entries.stream().map(e -> e.occurredOn().date())
                .min(LocalDate::compareTo).orElse(asOf);
        if (from.isAfter(asOf)) {
            throw new IllegalArgumentException("since " + from + " is after the date looked at, " + asOf);
        }
        Calibration calibration = new ReactionCalibration(dyad, entries, new CalibrationRules(from, asOf, windowDays)).estimate();
        // The pace is that of the talks: from the first round on or before asOf, else the whole calibration period.
        LocalDate paceFrom = entries.stream().filter(e -> e.type() == MeasureType.TALKS_HELD)
                .map(e -> e.occurredOn().date()).filter(d -> !d.isAfter(asOf)).min(LocalDate::compareTo).orElse(from);
        Projector projector = Projector.of(source.definition(), entries);
        GoalPace pace = GoalPace.observe(source.roadmap(), projector::stateAsOf, dyad, entries, paceFrom, asOf);
        RoadmapEvaluation start = source.roadmap().evaluate(projector::stateAsOf, asOf);
        ForecastSettings settings = new ForecastSettings(YearMonth.from(asOf).plusMonths(1), months, runs, seed);
        MonteCarloForecast forecast = new MonteCarloForecast(source.roadmap(), start, calibration, first, second, pace, settings);
        return new OwnPaceForecast(calibration, paceFrom, pace, forecast.runInParallel(progress));
    }
}
