package org.detente.store.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.model.Codes;
import org.detente.roadmap.GoalId;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.GoalChange;
import org.detente.scenario.MetricChange;
import org.detente.scenario.ScenarioResult;
import org.detente.scenario.StateChange;

/**
 * The one JSON shape of a scenario's result (documented in docs/json.md): what
 * {@code detente scenario run FILE --json} prints and {@code POST /api/dyads/{dyad}/scenarios/evaluate}
 * returns. {@code evaluated} says which half is filled: {@code problems} for a rejected scenario
 * (each {@code file:line: field: message} when the scenario came from a file), or the changes from
 * the baseline for an evaluated one.
 */
public final class ScenarioShape {
    private ScenarioShape() {
    }

    /** A scenario that could not be read or was rejected: its problems. */
    public static Map<String, Object> rejected(String name, List<FormatProblem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("evaluated", false);
        out.put("problems", problems.stream().map(ScenarioShape::problem).toList());
        return out;
    }

    /** A problem: {@code file}, {@code line}, {@code field}, {@code message} and the whole {@code text}. */
    public static Map<String, Object> problem(FormatProblem problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", problem.file().isEmpty() ? null : problem.file());
        map.put("line", problem.line() > 0 ? problem.line() : null);
        map.put("field", problem.field());
        map.put("message", problem.message());
        map.put("text", problem.toString());
        return map;
    }

    /** The result of an evaluation; a rejected scenario's problems are given by the caller, located. */
    public static Map<String, Object> of(ScenarioResult result, List<FormatProblem> located) {
        if (!(result instanceof EvaluatedScenario evaluated)) {
            return rejected(result.scenario().name(), located);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", evaluated.scenario().name());
        out.put("description", evaluated.scenario().description());
        out.put("asOf", evaluated.scenario().asOf().toString());
        out.put("evaluated", true);
        out.put("entries", evaluated.scenario().entries().size());
        out.put("stateChanges", evaluated.stateChanges().stream().map(ScenarioShape::stateChange).toList());
        out.put("newlyMet", evaluated.newlyMet().stream().map(GoalId::value).toList());
        out.put("newlyReady", evaluated.newlyReady().stream().map(GoalId::value).toList());
        out.put("goalChanges", evaluated.goalChanges().stream().map(c -> goalChange(c, evaluated)).toList());
        out.put("metricChanges", evaluated.metricChanges().stream().map(ScenarioShape::metricChange).toList());
        return out;
    }

    private static Map<String, Object> stateChange(StateChange change) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", Codes.of(change.kind()));
        map.put("subject", change.subject());
        map.put("before", change.before());
        map.put("after", change.after());
        map.put("text", change.toString());
        return map;
    }

    private static Map<String, Object> goalChange(GoalChange change, EvaluatedScenario evaluated) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("goal", change.goal().value());
        map.put("title", evaluated.roadmapAfter().goal(change.goal()).map(g -> g.goal().title()).orElse(null));
        map.put("before", change.before().name());
        map.put("after", change.after().name());
        map.put("progressBefore", change.progressBefore().map(RoadmapShape::progress).orElse(null));
        map.put("progressAfter", change.progressAfter().map(RoadmapShape::progress).orElse(null));
        return map;
    }

    private static Map<String, Object> metricChange(MetricChange change) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("metric", change.metric());
        map.put("subject", change.subject().isEmpty() ? null : change.subject());
        map.put("before", change.before().isPresent() ? change.before().getAsDouble() : null);
        map.put("after", change.after().isPresent() ? change.after().getAsDouble() : null);
        map.put("delta", change.delta().isPresent() ? change.delta().getAsDouble() : null);
        map.put("text", change.text());
        return map;
    }
}
