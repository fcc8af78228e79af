package org.detente.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.detente.analysis.GoalMilestone;
import org.detente.ledger.Entry;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.roadmap.StateHistory;

/**
 * When each goal of a roadmap was met, as of a date: the first day of its latest run of MET
 * evaluations, judged at every date an entry occurred on (the state changes on no other day) and
 * at the date asked for. A goal met, lost and met again counts from the second time. Goals open on
 * that date are absent. O(D · (V + E)) for D distinct entry dates.
 *
 * @param metOn   the goals met as of the date, with the day each was (last) met, in roadmap order
 * @param last    the roadmap's evaluation as of the date
 */
public record GoalTimeline(Map<GoalId, LocalDate> metOn, RoadmapEvaluation last) {
    public GoalTimeline {
        metOn = Map.copyOf(metOn);
        Objects.requireNonNull(last, "last is required");
    }

    /** The timeline of {@code roadmap} over {@code entries} (those that occurred by {@code asOf} count). */
    public static GoalTimeline of(Roadmap roadmap, StateHistory history, Collection<Entry> entries, LocalDate asOf) {
        Objects.requireNonNull(roadmap, "roadmap is required");
        Objects.requireNonNull(history, "history is required");
        Objects.requireNonNull(asOf, "asOf is required");
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Entry entry : entries) {
            LocalDate date = entry.occurredOn().date();
            if (!date.isAfter(asOf)) {
                dates.add(date);
            }
        }
        dates.add(asOf);
        Map<GoalId, LocalDate> runStart = new LinkedHashMap<>();
        RoadmapEvaluation last = null;
        for (LocalDate date : dates) {
            last = roadmap.evaluate(history, date);
            for (GoalEvaluation goal : last.goals()) {
                if (goal.status() == GoalStatus.MET) {
                    runStart.putIfAbsent(goal.id(), date);
                } else {
                    runStart.remove(goal.id());
                }
            }
        }
        return new GoalTimeline(runStart, last);
    }

    /**
     * When a goal counts as met for the pace of talks: each goal of {@code roadmap} that is met as of
     * the date counts from the first day of its latest run of MET evaluations ({@link #metOn}); the
     * others are open. Nearest first: by chain length (the goals still to meet on its way), then in
     * the roadmap's order.
     */
    public List<GoalMilestone> milestones(Roadmap roadmap) {
        Map<GoalId, Integer> declared = new HashMap<>();
        for (int i = 0; i < roadmap.goals().size(); i++) {
            declared.put(roadmap.goals().get(i).id(), i);
        }
        List<GoalEvaluation> ordered = new ArrayList<>(last.goals());
        ordered.sort(Comparator.comparingInt(GoalEvaluation::chainLength)
                .thenComparingInt(g -> declared.getOrDefault(g.id(), Integer.MAX_VALUE)));
        List<GoalMilestone> milestones = new ArrayList<>();
        for (GoalEvaluation goal : ordered) {
            LocalDate met = metOn.get(goal.id());
            milestones.add(met == null ? GoalMilestone.open(goal.id().value()) : GoalMilestone.metOn(goal.id().value(), met));
        }
        return milestones;
    }
}
