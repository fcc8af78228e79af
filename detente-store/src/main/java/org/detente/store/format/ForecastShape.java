package org.detente.store.format;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.forecast.BacktestPoint;
import org.detente.forecast.BacktestResult;
import org.detente.forecast.BacktestScore;
import org.detente.forecast.BlendedOutlook;
import org.detente.forecast.RoadmapForecast;
import org.detente.model.Codes;
import org.detente.model.Dyad;

/**
 * The JSON shapes of the reference-class forecast and of its back-test (docs/forecasting.md):
 * the {@code reference} object of {@code pace} and {@code simulate forecast}, and what
 * {@code detente backtest --json} prints. Months are {@code YYYY-MM}; {@code null} where a figure
 * does not exist (a percentile not reached within the horizon, a goal no source informs).
 */
public final class ForecastShape {
    private ForecastShape() {
    }

    /** The pooled forecast; {@code titles} gives the title of each goal id. */
    public static Map<String, Object> of(RoadmapForecast forecast, Map<String, String> titles) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trigger", forecast.trigger().map(Object::toString).orElse(null));
        out.put("start", forecast.start().toString());
        out.put("months", forecast.months());
        out.put("ownGoalsMet", forecast.ownGoalsMet());
        out.put("cases", forecast.cases().stream().map(Dyad::id).toList());
        out.put("goals", forecast.goals().stream().map(g -> goal(g, titles)).toList());
        return out;
    }

    private static Map<String, Object> goal(BlendedOutlook goal, Map<String, String> titles) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("goal", goal.goal().value());
        if (titles != null) {
            map.put("title", titles.get(goal.goal().value()));
        }
        map.put("kind", goal.kind().map(Codes::of).orElse(null));
        map.put("p10", month(goal.p10()));
        map.put("p50", month(goal.p50()));
        map.put("p90", month(goal.p90()));
        map.put("notMetShare", goal.notMetShare().orElse(null));
        map.put("referenceWeight", goal.referenceWeight());
        map.put("informedBy", goal.informedBy().stream().map(Dyad::id).toList());
        map.put("referenceEvents", goal.referenceEvents());
        map.put("note", goal.note().orElse(null));
        return map;
    }

    /** The back-test: rules, per case and overall scores, and every point. */
    public static Map<String, Object> of(BacktestResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("months", result.rules().months());
        rules.put("runs", result.rules().runs());
        rules.put("seed", result.rules().seed());
        rules.put("windowDays", result.rules().windowDays());
        out.put("rules", rules);
        Map<String, Object> cases = new LinkedHashMap<>();
        result.byCase().forEach((dyad, score) -> cases.put(dyad.id(), score(score)));
        out.put("cases", cases);
        Map<String, Object> skipped = new LinkedHashMap<>();
        result.skipped().forEach((dyad, why) -> skipped.put(dyad.id(), why));
        out.put("skipped", skipped);
        out.put("overall", score(result.overall()));
        out.put("points", result.points().stream().map(ForecastShape::point).toList());
        return out;
    }

    static Map<String, Object> score(BacktestScore score) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("points", score.points());
        map.put("inInterval", score.inInterval());
        map.put("coverage", score.coverage().orElse(null));
        map.put("medianP50ErrorMonths", score.medianP50Error().orElse(null));
        map.put("p50Errors", score.p50Errors());
        map.put("brier6", score.brier6().orElse(null));
        map.put("brier6Points", score.brier6Points());
        map.put("brier12", score.brier12().orElse(null));
        map.put("brier12Points", score.brier12Points());
        return map;
    }

    private static Map<String, Object> point(BacktestPoint point) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dyad", point.dyad().id());
        map.put("moment", point.moment().toString());
        map.put("goal", point.goal().value());
        map.put("kind", point.forecast().kind().map(Codes::of).orElse(null));
        map.put("p10", month(point.forecast().p10()));
        map.put("p50", month(point.forecast().p50()));
        map.put("p90", month(point.forecast().p90()));
        map.put("actual", month(point.actual()));
        map.put("inInterval", point.inInterval());
        map.put("met6", point.met6().orElse(null));
        map.put("met12", point.met12().orElse(null));
        map.put("informedBy", point.forecast().informedBy().stream().map(Dyad::id).toList());
        return map;
    }

    private static String month(Optional<YearMonth> month) {
        return month.map(YearMonth::toString).orElse(null);
    }
}
