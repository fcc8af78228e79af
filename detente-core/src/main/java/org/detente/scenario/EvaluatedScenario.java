package org.detente.scenario;

import java.util.List;
import java.util.Objects;
import org.detente.ledger.Problem;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.RoadmapEvaluation;

/**
 * A scenario compared with the baseline as of its date: both worlds (projector and state, so any
 * analysis can be run on each), the readable state changes, the roadmap in both worlds and the
 * goals whose status or progress changed, and the metric changes the analyses contributed.
 */
public record EvaluatedScenario(Scenario scenario, ScenarioWorld before, ScenarioWorld after,
                                List<StateChange> stateChanges, RoadmapEvaluation roadmapBefore,
                                RoadmapEvaluation roadmapAfter, List<GoalChange> goalChanges,
                                List<MetricChange> metricChanges) implements ScenarioResult {
    public EvaluatedScenario {
        Objects.requireNonNull(scenario, "scenario is required");
        Objects.requireNonNull(before, "before is required");
        Objects.requireNonNull(after, "after is required");
        stateChanges = List.copyOf(stateChanges);
        Objects.requireNonNull(roadmapBefore, "roadmapBefore is required");
        Objects.requireNonNull(roadmapAfter, "roadmapAfter is required");
        goalChanges = List.copyOf(goalChanges);
        metricChanges = List.copyOf(metricChanges);
    }

    @Override
    public List<Problem> problems() {
        return List.of();
    }

    /** Goals MET in the scenario that were not MET in the baseline. */
    public List<GoalId> newlyMet() {
        return newly(GoalStatus.MET);
    }

    /** Goals READY in the scenario that were not READY in the baseline. */
    public List<GoalId> newlyReady() {
        return newly(GoalStatus.READY);
    }

    private List<GoalId> newly(GoalStatus status) {
        return goalChanges.stream().filter(c -> c.after() == status && c.before() != status).map(GoalChange::goal).toList();
    }
}
