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
                          List<Step> criticalPath, String criticalTarget, Forecast forecast,
                          List<TrackWithoutGoals> tracksWithoutGoals) {
    public RoadmapPage {
        goals = List.copyOf(goals);
        tracksWithoutGoals = List.copyOf(tracksWithoutGoals);
        nextSteps = List.copyOf(nextSteps);
        criticalPath = List.copyOf(criticalPath);
    }

    /**
     * The reference-class forecast of the open goals (docs/forecasting.md): the horizon and the
     * trigger it counts from, the cases the reference class held, and one row per open goal.
     */
    public record Forecast(String horizon, String trigger, String cases, List<GoalForecast> goals) {
        public Forecast {
            goals = List.copyOf(goals);
        }
    }

    /**
     * One open goal's forecast: the months by which 10%, 50% and 90% of the pooled worlds meet it
     * ("not within the horizon" when that share is not reached), the share not met within the
     * horizon, the cases that inform it with the reference class's weight ({@code informed} false:
     * no case informs it), and what is missing.
     */
    public record GoalForecast(String id, String title, String kind, String p10, String p50, String p90,
                               String notMet, boolean informed, String informedBy, String note) {
    }

    /** A track the roadmap sets no goal on, and why (the dataset's {@code whyNoGoals}, or that it does not say). */
    public record TrackWithoutGoals(String id, String title, String why) {
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
