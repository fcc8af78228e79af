package org.detente.store.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.CriticalPath;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.NextStep;
import org.detente.roadmap.Progress;
import org.detente.roadmap.RoadmapEvaluation;

/**
 * The one JSON shape of a {@link RoadmapEvaluation} (documented in docs/json.md): what
 * {@code detente roadmap --json} prints and {@code GET /api/dyads/{dyad}/roadmap} returns. Goals
 * keep the roadmap's order; next steps keep their rank; the critical path runs from a READY goal
 * to the overall goal.
 */
public final class RoadmapShape {
    private RoadmapShape() {
    }

    public static Map<String, Object> of(Dyad dyad, Optional<Instant> knownAt, RoadmapEvaluation evaluation,
                                         Optional<GoalId> overallGoal) {
        Map<GoalId, GoalEvaluation> byId = new HashMap<>();
        evaluation.goals().forEach(goal -> byId.put(goal.id(), goal));
        Map<String, Object> out = ShapeHead.of(dyad, evaluation.asOf(), knownAt);
        out.put("overallGoal", overallGoal.map(GoalId::value).orElse(null));
        Map<String, Object> summary = new LinkedHashMap<>();
        for (GoalStatus status : GoalStatus.values()) {
            summary.put(status.name().toLowerCase(java.util.Locale.ROOT), evaluation.withStatus(status).size());
        }
        summary.put("total", evaluation.goals().size());
        out.put("summary", summary);
        out.put("goals", evaluation.goals().stream().map(RoadmapShape::goal).toList());
        List<Map<String, Object>> steps = new ArrayList<>();
        int rank = 1;
        for (NextStep step : evaluation.nextSteps()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("rank", rank++);
            map.put("goal", step.goal().value());
            map.put("title", byId.get(step.goal()).goal().title());
            map.put("track", byId.get(step.goal()).goal().track().value());
            map.put("unlocks", step.unlocks());
            map.put("soleBlockerOf", step.soleBlockerOf());
            steps.add(map);
        }
        out.put("nextSteps", steps);
        out.put("criticalPath", evaluation.criticalPath().map(CriticalPath::goals).orElse(List.of()).stream()
                .map(id -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("goal", id.value());
                    map.put("title", byId.get(id).goal().title());
                    map.put("status", byId.get(id).status().name());
                    return map;
                }).toList());
        return out;
    }

    /** One goal as of the date. */
    public static Map<String, Object> goal(GoalEvaluation goal) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", goal.id().value());
        map.put("track", goal.goal().track().value());
        map.put("title", goal.goal().title());
        map.put("status", goal.status().name());
        map.put("met", goal.result().met());
        map.put("progress", goal.progress().map(RoadmapShape::progress).orElse(null));
        map.put("explanation", goal.result().explanation());
        map.put("preconditions", ids(goal.goal().preconditions()));
        map.put("blockedBy", ids(goal.unmetPreconditions()));
        map.put("rootBlockers", ids(goal.rootBlockers()));
        map.put("chainLength", goal.chainLength());
        map.put("targetRange", goal.goal().targetRange().orElse(null));
        Map<String, Object> criterion = new LinkedHashMap<>();
        criterion.put("type", goal.goal().criterion().type());
        criterion.put("description", goal.goal().criterion().describe());
        map.put("criterion", criterion);
        return map;
    }

    /** A criterion's progress: {@code text}, {@code current} and {@code fraction} ({@code null} when unknown), {@code target}. */
    public static Map<String, Object> progress(Progress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", progress.text());
        map.put("current", progress.current().isPresent() ? RoadmapCodec.number(progress.current().getAsDouble()) : null);
        map.put("target", RoadmapCodec.number(progress.target()));
        map.put("fraction", progress.fraction().isPresent() ? progress.fraction().getAsDouble() : null);
        return map;
    }

    private static List<String> ids(List<GoalId> ids) {
        return ids.stream().map(GoalId::value).toList();
    }
}
