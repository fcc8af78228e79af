package org.detente.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.state.Projector;

/**
 * What one case shows as of a date: its trigger's day (empty when the roadmap names none, or the
 * ledger does not hold it by then), the day observation ends, and each goal with its kind, status
 * and the day it was met.
 *
 * @param dyad          the case
 * @param trigger       the day of the trigger entry, when named and held
 * @param observedUntil the date asked for: what is open then is open, not unknown
 * @param goals         every goal of the roadmap, in its order
 * @param evaluation    the roadmap as of {@code observedUntil}
 */
public record CaseHistory(Dyad dyad, Optional<LocalDate> trigger, LocalDate observedUntil, List<GoalCourse> goals,
                          RoadmapEvaluation evaluation) {

    /**
     * One goal's course: its kind, its status as of the end of observation and the day it was met.
     *
     * @param goal   the goal id
     * @param kind   its kind, empty when it has none
     * @param status its status as of the end of observation
     * @param metOn  the day it was (last) met, when MET
     */
    public record GoalCourse(GoalId goal, Optional<GoalKind> kind, GoalStatus status, Optional<LocalDate> metOn) {
        public GoalCourse {
            Objects.requireNonNull(goal, "goal is required");
            Objects.requireNonNull(kind, "kind is required (empty when none)");
            Objects.requireNonNull(status, "status is required");
            Objects.requireNonNull(metOn, "metOn is required (empty when open)");
            if (metOn.isPresent() != (status == GoalStatus.MET)) {
                throw new IllegalArgumentException("goal " + goal + ": a met day goes with status MET, got " + status);
            }
        }
    }

    public CaseHistory {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(trigger, "trigger is required (empty when none)");
        Objects.requireNonNull(observedUntil, "observedUntil is required");
        goals = List.copyOf(goals);
        Objects.requireNonNull(evaluation, "evaluation is required");
    }

    /** The history of {@code source} as of {@code asOf}, with {@code projector} over its entries. */
    static CaseHistory observe(ForecastCase source, Projector projector, LocalDate asOf) {
        GoalTimeline timeline = GoalTimeline.of(source.roadmap(), projector::stateAsOf, source.entries(), asOf);
        Optional<LocalDate> trigger = source.roadmap().triggeredOn(source.entries(), asOf);
        List<GoalCourse> goals = new ArrayList<>();
        for (Goal goal : source.roadmap().goals()) {
            GoalStatus status = timeline.last().goal(goal.id()).orElseThrow().status();
            goals.add(new GoalCourse(goal.id(), goal.kind(), status, Optional.ofNullable(timeline.metOn().get(goal.id()))));
        }
        return new CaseHistory(source.dyad(), trigger, asOf, goals, timeline.last());
    }

    /** Days from the trigger to the end of observation; empty without a trigger. */
    public Optional<Long> daysSinceTrigger() {
        return trigger.map(day -> ChronoUnit.DAYS.between(day, observedUntil));
    }

    /**
     * The durations of the goals of {@code kind}, from the trigger: met ones as events, open ones
     * censored at the end of observation. Goals met before the trigger were not waited for and are
     * left out; without a trigger the case has none.
     */
    public List<Observation> durations(GoalKind kind) {
        return List.copyOf(goalDurations(kind).values());
    }

    /**
     * The same durations as {@link #durations(GoalKind)}, each under the goal it measures, in
     * roadmap order: what a comparison of cases shows goal by goal.
     */
    public Map<GoalId, Observation> goalDurations(GoalKind kind) {
        Objects.requireNonNull(kind, "kind is required");
        Map<GoalId, Observation> result = new LinkedHashMap<>();
        if (trigger.isEmpty()) {
            return result;
        }
        LocalDate start = trigger.get();
        for (GoalCourse goal : goals) {
            if (goal.kind().filter(kind::equals).isEmpty()) {
                continue;
            }
            if (goal.metOn().isPresent()) {
                if (!goal.metOn().get().isBefore(start)) {
                    result.put(goal.goal(), Observation.met(ChronoUnit.DAYS.between(start, goal.metOn().get())));
                }
            } else {
                result.put(goal.goal(), Observation.open(ChronoUnit.DAYS.between(start, observedUntil)));
            }
        }
        return result;
    }

    /** The course of one goal. */
    public Optional<GoalCourse> goal(GoalId id) {
        return goals.stream().filter(g -> g.goal().equals(id)).findFirst();
    }
}
