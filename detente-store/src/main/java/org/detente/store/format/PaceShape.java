package org.detente.store.format;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.GoalForecast;
import org.detente.analysis.PaceReport;
import org.detente.analysis.RoundSince;
import org.detente.model.Dyad;

/**
 * The one JSON shape of a {@link PaceReport} (documented in docs/json.md): what
 * {@code detente pace --json} prints and {@code GET /api/dyads/{dyad}/pace} returns. A forecast
 * is either {@code expected} with its interval, or {@code null} with the reason it cannot be made.
 */
public final class PaceShape {
    private PaceShape() {
    }

    /** The report; {@code titles} gives the title of each goal id (a goal missing from it shows none). */
    public static Map<String, Object> of(Dyad dyad, Optional<Instant> knownAt, PaceReport report,
                                         Map<String, String> titles) {
        Map<String, Object> out = ShapeHead.of(dyad, report.asOf(), knownAt);
        out.put("talksBegan", report.talksBegan().map(Object::toString).orElse(null));
        out.put("rounds", report.rounds().stream().map(PaceShape::round).toList());
        out.put("goalsMetSinceTalksBegan", report.goalsMetSinceTalksBegan());
        out.put("goalsMetBeforeTalks", report.goalsMetBeforeTalks());
        out.put("openGoals", report.openGoals());
        out.put("goalsPerMonth", report.goalsPerMonth().isPresent() ? report.goalsPerMonth().getAsDouble() : null);
        out.put("forecasts", report.forecasts().stream().map(f -> forecast(f, titles)).toList());
        return out;
    }

    private static Map<String, Object> round(RoundSince round) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("entry", round.entry().value());
        map.put("date", round.date().toString());
        map.put("venue", round.venue());
        map.put("daysSince", round.daysSince());
        map.put("daysSincePreviousRound", round.daysSincePreviousRound().isPresent()
                ? round.daysSincePreviousRound().getAsLong() : null);
        return map;
    }

    private static Map<String, Object> forecast(GoalForecast forecast, Map<String, String> titles) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("goal", forecast.goalId());
        map.put("title", titles.get(forecast.goalId()));
        if (forecast instanceof GoalForecast.Expected e) {
            map.put("rank", e.rank());
            map.put("expected", e.expected().toString());
            map.put("low", e.low().toString());
            map.put("high", e.high().toString());
            map.put("level", e.level());
            map.put("reason", null);
        } else if (forecast instanceof GoalForecast.CannotForecast c) {
            map.put("rank", null);
            map.put("expected", null);
            map.put("low", null);
            map.put("high", null);
            map.put("level", null);
            map.put("reason", c.reason());
        }
        return map;
    }
}
