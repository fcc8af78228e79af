package org.detente.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The pace of talks as of a date: when talks began, each round with the days since it, the goals
 * met since talks began (goals met before are counted apart, as the talks did not bring them), the
 * rate in goals a month, and a forecast per open goal.
 */
public record PaceReport(LocalDate asOf, Optional<LocalDate> talksBegan, List<RoundSince> rounds,
                         int goalsMetSinceTalksBegan, int goalsMetBeforeTalks, int openGoals,
                         OptionalDouble goalsPerMonth, List<GoalForecast> forecasts) {
    public PaceReport {
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(talksBegan, "talksBegan is required (empty before any talks)");
        rounds = List.copyOf(Objects.requireNonNull(rounds, "rounds is required"));
        Objects.requireNonNull(goalsPerMonth, "goalsPerMonth is required");
        forecasts = List.copyOf(Objects.requireNonNull(forecasts, "forecasts is required"));
        if (goalsMetSinceTalksBegan < 0 || goalsMetBeforeTalks < 0 || openGoals < 0) {
            throw new IllegalArgumentException("goal counts must not be negative");
        }
    }
}
