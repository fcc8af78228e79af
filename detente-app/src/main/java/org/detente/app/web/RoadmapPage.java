package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;
import org.detente.app.web.Views.Bar;
import org.detente.app.web.Views.SourceLink;

/**
 * The roadmap as of a date: the goal graph (grouped by track, coloured and labelled by status),
 * each goal's criterion, progress, blockers and what it unlocks, the ranked next steps and the
 * critical path to the overall goal.
 */
public record RoadmapPage(Frame frame, String graphJson, int goalCount, List<GoalDetail> goals, List<Step> nextSteps,
                          List<Step> criticalPath, String criticalTarget) {
    public RoadmapPage {
        goals = List.copyOf(goals);
        nextSteps = List.copyOf(nextSteps);
        criticalPath = List.copyOf(criticalPath);
    }

    /** A goal to link to. */
    public record Ref(String id, String title) {
    }

    /** A step: the goal, and a note on why it ranks there. */
    public record Step(String id, String title, String note) {
    }

    /** Everything about one goal. */
    public record GoalDetail(String id, String title, String track, Badge status, Bar progress, String criterion,
                             String explanation, String description, String targetRange, List<Ref> unmetPreconditions,
                             List<Ref> rootBlockers, List<Ref> unlocks, List<SourceLink> sources) {
    }
}
